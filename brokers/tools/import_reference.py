#!/usr/bin/env python3
"""Builds the tier B and tier C broker definitions from the public reference lists.

Facts only: names, web and email addresses, categories, removal days and whether a site shows
relatives. Notes are written here from those facts; no text is copied from any source.

Tier A files (written by hand) are never touched, and any broker whose domain a tier A file
already lists is skipped. Every tier B and C file is deleted and written again, so a rerun after
a change to the sources or to tier A gives the same result from the same inputs.

    python3 brokers/tools/import_reference.py [REFERENCE_FOLDER]

REFERENCE_FOLDER defaults to ../../../shared/reference beside the repository.
"""
import csv
import glob
import json
import os
import re
import sys
from collections import Counter
from urllib.parse import urlsplit

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFINITIONS = os.path.join(HERE, '..', 'definitions')
DEFAULT_REFERENCE = os.path.join(HERE, '..', '..', '..', 'shared', 'reference')

# Each source: the repository the facts come from, and the date its data was last checked.
SOURCES = {
    'optery': ('https://github.com/optery/optery-data-brokers-directory', '2025-10-23'),
    'cvs0': ('https://github.com/cvs0/data-brokers-list', '2026-10-01'),
    'brianreumere': ('https://github.com/brianreumere/data-brokers', '2024-11-17'),
    'markup': ('https://github.com/the-markup/investigation-data-broker-opt-out-pages', '2025-08-07'),
    'ydr': ('https://github.com/your-digital-rights/data-brokers', '2021-05-10'),
}
EMAIL = re.compile(r'^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$')
DOMAIN = re.compile(r'^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$')
TWO_PART_SUFFIXES = {'co.uk', 'org.uk', 'com.au', 'co.nz', 'co.jp', 'com.br', 'co.in', 'co.za'}
FOREIGN_TLDS = ('.ca', '.uk', '.au', '.nz', '.de', '.fr', '.ie', '.in')
# Request portals run for many companies: their host says nothing about whose portal it is.
PLATFORMS = {'onetrust.com', 'trustarc.com', 'trustarc.eu', 'privacypillar.com', 'saymine.io', 'mydataprivacy.com',
             'google.com', 'hubspot.com', 'ketch.com', 'transcend.io', 'securiti.ai', 'truyo.com', 'osano.com',
             'datagrail.io', 'zendesk.com', 'jotform.com', 'typeform.com', 'wufoo.com', 'office.com',
             'microsoft.com', 'formstack.com', 'hsforms.com', 'salesforce.com', 'force.com', 'my.site.com'}
KEY_ORDER = ['id', 'name', 'domains', 'category', 'tier', 'priority', 'priorityWhy', 'group', 'covers',
             'search', 'optOut', 'legal', 'showsRelatives', 'showsAddress', 'notes', 'sources', 'lastVerified']


def host_of(text):
    """The lower-case host of a URL or bare domain, without www., or None."""
    if not text:
        return None
    text = text.strip()
    if '://' not in text:
        text = 'https://' + text
    try:
        host = (urlsplit(text).hostname or '').lower().strip('.')
    except ValueError:
        return None
    if host.startswith('www.'):
        host = host[4:]
    return host if DOMAIN.match(host) else None


def base_domain(host):
    """example.com for people.example.com: one broker, one base domain."""
    parts = host.split('.')
    if len(parts) > 2 and '.'.join(parts[-2:]) in TWO_PART_SUFFIXES:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def https(url):
    """The URL with https, or None when it is not a usable web address."""
    if not url:
        return None
    url = url.strip()
    if url.startswith('http://'):
        url = 'https://' + url[len('http://'):]
    if not url.startswith('https://') or ' ' in url or host_of(url) is None:
        return None
    return url


def email(text):
    if not text:
        return None
    text = text.strip().replace(' [at] ', '@').replace('[at]', '@').replace(' [dot] ', '.')
    text = text.removeprefix('mailto:').strip().rstrip('.')
    return text if EMAIL.match(text) else None


class Candidate:
    """What the sources say about one broker, merged by base domain."""

    def __init__(self, domain):
        self.domain = domain
        self.names = []
        self.hosts = set()
        self.categories = []
        self.urls = []
        self.emails = []
        self.days = None
        self.relatives = None
        self.registry_ca = False
        self.ccpa_emails = []
        self.requires = {}
        self.sources = {}  # source key -> set of facts
        self.tier_b = False

    def add(self, source, fact):
        self.sources.setdefault(source, set()).add(fact)


def company_key(name):
    """A company name without punctuation and legal suffixes, to match the same company across lists."""
    words = re.sub(r'[^a-z0-9 ]+', ' ', name.lower()).split()
    return ' '.join(w for w in words if w not in ('inc', 'llc', 'ltd', 'corp', 'corporation', 'co', 'company',
                                                   'the', 'lp', 'llp', 'limited', 'dba', 'd', 'b', 'a'))


class Catalog:
    def __init__(self):
        self.by_domain = {}
        self.portal_pages = []  # (company name, source, fact, url): pages on a shared request portal

    def identity(self, url_host, name, source, fact, url, mail=None):
        """The candidate a row belongs to; a shared portal's row goes by its email's domain, or waits."""
        if base_domain(url_host) not in PLATFORMS:
            return self.get(url_host)
        own = host_of(mail.split('@', 1)[1]) if mail else None
        if own and base_domain(own) not in PLATFORMS:
            return self.get(own)
        self.portal_pages.append((name, source, fact, url))
        return None

    def place_portal_pages(self):
        """Gives each waiting portal page to the broker of the same company name, if one is known."""
        by_company = {}
        for candidate in self.by_domain.values():
            for name in candidate.names:
                by_company.setdefault(company_key(name), candidate)
        for name, source, fact, url in self.portal_pages:
            candidate = by_company.get(company_key(name))
            if candidate is not None:
                candidate.urls.insert(0, url)
                candidate.add(source, fact)
                candidate.registry_ca = candidate.registry_ca or source == 'markup'

    def get(self, host):
        domain = base_domain(host)
        if domain not in self.by_domain:
            self.by_domain[domain] = Candidate(domain)
        candidate = self.by_domain[domain]
        candidate.hosts.add(host)
        return candidate


def read_optery(ref, catalog):
    kinds = {'People Search Site': 'people-search', 'Phone Directory': 'phone-lookup'}
    for row in json.load(open(os.path.join(ref, 'optery-data-brokers-directory', 'data-brokers.json'))):
        host = host_of(row['website'])
        if host is None or row['type'] not in kinds:
            continue
        url, mail = https(row['opt_out_url']), email(row['email'])
        if not url and not mail:
            continue
        c = catalog.get(host)
        c.tier_b = True
        c.names.append(row['title'])
        c.categories.append(kinds[row['type']])
        if url:
            c.urls.append(url)
            c.add('optery', 'opt-out page')
        if mail:
            c.emails.append(mail)
            c.add('optery', 'request email')
        if row['average_removal_days']:
            c.days = int(row['average_removal_days'])
            c.add('optery', 'average removal days')
        if row['shows_family_names'] in ('Yes', 'No'):
            c.relatives = row['shows_family_names'] == 'Yes'
            c.add('optery', 'whether it shows relatives')


def read_cvs0(ref, catalog):
    kinds = {'people-search': 'people-search', 'background-checks': 'background-check',
             'public-records': 'public-records'}
    for row in csv.DictReader(open(os.path.join(ref, 'cvs0-data-brokers-list', 'opt-outs.csv'))):
        host = host_of(row['url']) or host_of(row['domain'])
        url = https(row['url'])
        if host is None or url is None or host.endswith(FOREIGN_TLDS):
            continue
        registry = any(s in row['sources'] for s in ('markup', 'cppa'))
        if row['category'] not in kinds and not registry:
            continue
        mail = re.search(r'email:\s*([^\s;,]+@[^\s;,]+)', row['notes'], re.I)
        mail = email(mail.group(1)) if mail else None
        c = catalog.identity(host, row['name'], 'cvs0', 'opt-out or privacy-request page', url, mail)
        if c is None:
            continue
        c.names.append(row['name'])
        c.urls.append(url)
        c.add('cvs0', 'opt-out or privacy-request page')
        if row['category'] in kinds:
            c.tier_b = True
            c.categories.append(kinds[row['category']])
        elif row['category'] == 'marketing':
            c.categories.append('marketing')
        elif row['category'] == 'credit-financial':
            c.categories.append('risk-identity')
        if registry:
            c.registry_ca = True
            c.add('cvs0', 'listed in the California registry')
        notes = row['notes'].lower()
        if mail:
            c.emails.append(mail)
            c.add('cvs0', 'request email')
        # Requirements, from keywords only; a requirement not mentioned stays unknown.
        if 'captcha' in notes:
            c.requires['captcha'] = True
        if 'email verification' in notes or 'email link' in notes or 'confirmation email' in notes:
            c.requires['emailVerification'] = True
        if 'phone verification' in notes or 'phone call' in notes:
            c.requires['phoneVerification'] = True
        if ' id ' in notes or 'government id' in notes or "driver's license" in notes:
            c.requires['govId'] = True
        if 'account' in notes and 'no account' not in notes:
            c.requires['account'] = True


def read_brianreumere(ref, catalog):
    for path in sorted(glob.glob(os.path.join(ref, 'brianreumere-data-brokers', 'data', '*.yaml'))):
        for slug, entry in yaml.safe_load(open(path)).items():
            host = host_of(entry.get('url'))
            url = https(entry.get('removalUrl'))
            if host is None or url is None:
                continue
            c = catalog.get(host)
            c.tier_b = True
            c.names.extend(entry.get('names', [])[:1])
            c.categories.append('people-search')
            c.urls.append(url)
            c.add('brianreumere', 'removal page')


def read_ydr(ref, catalog):
    folder = os.path.join(ref, 'your-digital-rights-data-brokers')
    kinds = {'People Finder / Background Check': 'background-check', 'People Finder': 'people-search',
             'People Finder / Social Media': 'people-search', 'Mugshot': 'public-records',
             'Directory - White Pages': 'phone-lookup', 'Personal Information': 'people-search'}
    for row in csv.DictReader(open(os.path.join(folder, 'Data Brokers - Data Brokers.csv'))):
        host = host_of(row['Domain'])
        mail = email(row['Email'])
        if host is None or row['Type'] not in kinds or row['Health'] or mail is None:
            continue
        c = catalog.get(host)
        c.tier_b = True
        c.names.append(host)
        c.categories.append(kinds[row['Type']])
        c.emails.append(mail)
        c.add('ydr', 'request email')
    for row in csv.DictReader(open(os.path.join(folder, 'Data Brokers - privacyrights.org.csv'))):
        host = host_of(row['Domain']) or host_of(row['URL'])
        url, mail = https(row['Opt Out URL']), email(row['Email'])
        if host is None or row['Category'] != 'People Search' or not (url or mail):
            continue
        c = catalog.get(host)
        c.tier_b = True
        c.names.append(row['Name'])
        c.categories.append('people-search')
        if url:
            c.urls.append(url)
            c.add('ydr', 'opt-out page (privacyrights.org data)')
        if mail:
            c.emails.append(mail)
            c.add('ydr', 'request email (privacyrights.org data)')
    for row in csv.DictReader(open(os.path.join(folder, 'data-brokers-california.csv'))):
        host = host_of(row['Website URL'])
        mail = email(row['Email Address'])
        if host is None or mail is None or host.endswith(FOREIGN_TLDS):
            continue
        c = catalog.get(host)
        c.names.append(row['Data Broker Name'])
        c.emails.append(mail)
        c.ccpa_emails.append(mail)
        c.registry_ca = True
        c.add('ydr', 'California registry (2020-2021): contact email')


def read_markup(ref, catalog):
    path = os.path.join(ref, 'the-markup-opt-out-pages', 'data-broker-opt-out-pages.csv')
    for row in csv.DictReader(open(path)):
        url = https(row['url_final'] if row['status'] == 'success' and row['url_final'] else row['url_original'])
        host = host_of(url) if url else None
        if host is None or host.endswith(FOREIGN_TLDS):
            continue
        c = catalog.identity(host, row['company_name'], 'markup', 'California registry (2025): privacy-request page',
                             url)
        if c is None:
            continue
        c.names.append(row['company_name'])
        c.urls.append(url)
        c.registry_ca = True
        c.add('markup', 'California registry (2025): privacy-request page')


def read_category_hints(ref, catalog):
    """Kinds of business from lists whose rows are not otherwise used; they only label known brokers."""
    optery = {'Marketing': 'marketing', 'B2B Lead Generation': 'marketing', 'Profile Data Broker': 'people-search'}
    for row in json.load(open(os.path.join(ref, 'optery-data-brokers-directory', 'data-brokers.json'))):
        host = host_of(row['website'])
        if host and base_domain(host) in catalog.by_domain and row['type'] in optery:
            catalog.by_domain[base_domain(host)].categories.append(optery[row['type']])
    prc = {'Marketing Data Broker': 'marketing', 'Identity Verification Services': 'risk-identity'}
    path = os.path.join(ref, 'your-digital-rights-data-brokers', 'Data Brokers - privacyrights.org.csv')
    for row in csv.DictReader(open(path)):
        host = host_of(row['Domain']) or host_of(row['URL'])
        if host and base_domain(host) in catalog.by_domain and row['Category'] in prc:
            catalog.by_domain[base_domain(host)].categories.append(prc[row['Category']])


def slug(text):
    return re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')


def clean_name(names, domain):
    for name in names:
        name = name.strip()
        if name and not DOMAIN.match(name.lower()):
            return name
    return domain


def notes_for(c, method, tier):
    words = []
    if method == 'web-form':
        words.append('Opt out on the page below.')
    else:
        words.append('Send a removal request by email to the address below; Unlisted can write it for you.')
    asks = []
    if c.requires.get('captcha'):
        asks.append('a picture puzzle (CAPTCHA)')
    if c.requires.get('emailVerification'):
        asks.append('a link sent to your email')
    if c.requires.get('phoneVerification'):
        asks.append('a phone check')
    if asks:
        words.append('Expect ' + ', '.join(asks) + '.')
    if c.requires.get('govId'):
        words.append('It may ask for an ID copy: you do not have to give one; a written legal request is the alternative.')
    if tier == 'C':
        words.append('It is registered as a data broker in California, so it may hold your details without showing '
                     'them to the public. You can ask it to delete them and to stop selling or sharing them; under '
                     'California law (and similar laws in other states) it has 45 days to answer.')
    else:
        words.append('Search for yourself on the site first, so you only send what it already has.')
    words.append('These facts come from public lists and were not checked by hand: if a page is gone, tell us.')
    return ' '.join(words)


def definition(c, used_ids):
    category = Counter(c.categories).most_common(1)[0][0] if c.categories else 'other'
    tier = 'B' if c.tier_b else 'C'
    url = next((u for u in c.urls), None)
    mail = next((m for m in c.emails), None)
    method = 'web-form' if url else 'email'
    identifier = slug(c.domain.rsplit('.', 1)[0])
    if identifier in used_ids:
        identifier = slug(c.domain)
    used_ids.add(identifier)
    opt_out = {'method': method}
    if url:
        opt_out['url'] = url
    if mail:
        opt_out['email'] = mail
    if c.requires:
        opt_out['requires'] = dict(sorted(c.requires.items()))
    if c.days is not None and 0 <= c.days <= 365:
        opt_out['estimatedDays'] = c.days
    legal = {'acceptsAgent': 'unknown'}
    ccpa = next((m for m in c.ccpa_emails if m != mail), None)
    if ccpa:
        legal['ccpaEmail'] = ccpa
    if c.registry_ca:
        legal['registries'] = {'ca': True}
    broker = {
        'id': identifier,
        'name': clean_name(c.names, c.domain),
        'domains': [c.domain],
        'category': category,
        'tier': tier,
        'priority': 'high' if c.relatives else 'normal',
        'optOut': opt_out,
        'legal': legal,
        'notes': notes_for(c, method, tier),
        'sources': [{'url': SOURCES[key][0], 'supports': ', '.join(sorted(facts))}
                    for key, facts in sorted(c.sources.items())],
        'lastVerified': max(SOURCES[key][1] for key in c.sources),
    }
    if c.relatives:
        broker['priorityWhy'] = 'Its listings show relatives, which helps anyone map a family.'
    if c.relatives is not None:
        broker['showsRelatives'] = c.relatives
    return {key: broker[key] for key in KEY_ORDER if key in broker}


def main():
    ref = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_REFERENCE)
    hand_written_domains, used_ids = set(), set()
    for path in glob.glob(os.path.join(DEFINITIONS, '*.json')):
        existing = json.load(open(path))
        if existing.get('tier') in ('B', 'C'):
            os.remove(path)
            continue
        used_ids.add(existing['id'])
        hand_written_domains.update(base_domain(d) for d in existing['domains'])
        hand_written_domains.update(existing['domains'])

    catalog = Catalog()
    read_optery(ref, catalog)
    read_cvs0(ref, catalog)
    read_brianreumere(ref, catalog)
    read_ydr(ref, catalog)
    read_markup(ref, catalog)
    read_category_hints(ref, catalog)
    catalog.place_portal_pages()

    counts = Counter()
    for domain in sorted(catalog.by_domain):
        c = catalog.by_domain[domain]
        if domain in hand_written_domains or not (c.urls or c.emails) or not c.sources:
            continue
        broker = definition(c, used_ids)
        with open(os.path.join(DEFINITIONS, broker['id'] + '.json'), 'w', encoding='utf-8') as out:
            out.write(json.dumps(broker, indent=2, ensure_ascii=False) + '\n')
        counts[(broker['tier'], broker['category'])] += 1
    for (tier, category), n in sorted(counts.items()):
        print(f'tier {tier}  {category:18} {n}')
    print('written:', sum(counts.values()))


if __name__ == '__main__':
    main()
