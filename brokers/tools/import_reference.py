#!/usr/bin/env python3
"""Builds the tier B and tier C broker definitions from the public reference lists.

    python3 brokers/tools/import_reference.py [REFERENCE_FOLDER] [--definitions FOLDER]

REFERENCE_FOLDER defaults to ../../../shared/reference next to this script (/work/shared/reference);
FOLDER defaults to ../definitions (use a copy of it for a dry run).

Only facts are taken from the lists: names, web and email addresses, kinds of site, removal days,
whether a site shows relatives, and a few requirement keywords. The notes are written here from
those facts; no text of any source is copied.

Tier B: people-search, background-check, phone-lookup and public-records sites with an opt-out
page or a request email. Tier C: brokers on the California data-broker registry with an opt-out
page or a request email that are not in tier A or B.

Tier A files (written by hand) are never touched, and a broker with a domain that a tier A file
lists is left out. Every tier B and C file is deleted and written again, so a rerun after a
change to the lists or to tier A gives the same result from the same inputs.
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
DEFINITIONS = os.path.normpath(os.path.join(HERE, '..', 'definitions'))
DEFAULT_REFERENCE = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'reference'))

# Each list: the repository its facts come from, and the date its data was last checked (SOURCES.md).
SOURCES = {
    'badbool': ('https://github.com/yaelwrites/Big-Ass-Data-Broker-Opt-Out-List', '2026-07-26'),
    'cvs0': ('https://github.com/cvs0/data-brokers-list', '2026-10-01'),
    'optery': ('https://github.com/optery/optery-data-brokers-directory', '2025-10-23'),
    'markup': ('https://github.com/the-markup/investigation-data-broker-opt-out-pages', '2025-08-07'),
    'brianreumere': ('https://github.com/brianreumere/data-brokers', '2024-11-17'),
    'ydr': ('https://github.com/your-digital-rights/data-brokers', '2021-05-10'),
    'datenanfragen': ('https://github.com/datenanfragen/data', '2026-07-21'),
}
# When two lists give a different page or address, the more recently checked one wins.
SOURCE_RANK = {key: rank for rank, key in enumerate(
    ['cvs0', 'badbool', 'optery', 'markup', 'brianreumere', 'datenanfragen', 'ydr'])}

EMAIL = re.compile(r'^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$')
EMAIL_IN_TEXT = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}')
DOMAIN = re.compile(r'^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$')
TWO_PART_SUFFIXES = {'co.uk', 'org.uk', 'com.au', 'co.nz', 'co.jp', 'com.br', 'co.in', 'co.za', 'us.com'}
# Sites outside the United States: Unlisted is for people in the US.
FOREIGN_TLDS = ('.ca', '.uk', '.au', '.nz', '.de', '.fr', '.ie', '.in', '.at', '.ch', '.nl', '.be', '.es', '.it',
                '.se', '.dk', '.no', '.fi', '.pl', '.cz', '.br', '.mx', '.jp')
FOREIGN_WORDS = re.compile(r'\b(canadian|canada|uk|united kingdom|british|ontario|quebec)\b', re.I)
# Request portals that many companies use: their host says nothing about whose portal it is.
PLATFORMS = {'onetrust.com', 'trustarc.com', 'trustarc.eu', 'privacypillar.com', 'saymine.io', 'mydataprivacy.com',
             'google.com', 'forms.gle', 'hubspot.com', 'hsforms.com', 'ketch.com', 'transcend.io', 'securiti.ai',
             'truyo.com', 'osano.com', 'datagrail.io', 'zendesk.com', 'jotform.com', 'typeform.com', 'wufoo.com',
             'office.com', 'microsoft.com', 'formstack.com', 'salesforce.com', 'force.com', 'site.com', 'box.com',
             'dporganizer.com', 'privacycenter.com', 'termly.io', 'iubenda.com', 'ethyca.com', 'mineos.ai',
             'clarip.com', 'wirewheel.io', 'privado.ai', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com'}
# Addresses that reach the wrong desk (sales, press, billing) or are placeholders: not for a deletion request.
BAD_MAILBOXES = re.compile(r'^(example|sales|bizdev|affiliates?|press|marketing|accounting|invoices?|billing|'
                           r'messageboards|corporatepressinquiries|contentfeedback|careers|jobs|hr|webmaster|'
                           r'noreply|no-reply|do-not-reply|advertising|partners?)$')
PRIVACY_MAILBOX = re.compile(r'privacy|optout|opt-out|remov|delet|ccpa|dpo|dsar|suppress|unsubscribe|compliance|legal')
# How specific a page is: a removal form beats a privacy notice, which beats the home page.
REMOVAL_PATH = re.compile(r'opt|remov|suppress|request|delet|dsar|webform|do-?not-?sell|choices|unsubscribe|'
                          r'form|portal|purge|redact|manage|control|exercise|your-?data|my-?data|my-?info|'
                          r'preferences|block', re.I)
NOTICE_PATH = re.compile(r'privacy|policy|polic|legal|notice|disclos|contact|faq|help|ccpa|rights|terms|about|'
                         r'statement|support', re.I)
# Where cvs0 rows came from: their licences ask for attribution (cvs0 NOTICE, SOURCES.md).
UPSTREAM = {'persprotect': 'PersProtect data, CC BY 4.0', 'markup': 'The Markup/CalMatters data, Apache-2.0'}
# Listed by a source as "personal information" but not a broker or people-search site.
NOT_BROKERS = {'apple.com'}
KEY_ORDER = ['id', 'name', 'domains', 'category', 'tier', 'priority', 'priorityWhy', 'group', 'covers',
             'search', 'optOut', 'legal', 'showsRelatives', 'showsAddress', 'notes', 'sources', 'lastVerified']
REQUIRES_ORDER = ['listingUrl', 'emailVerification', 'phoneVerification', 'captcha', 'govId', 'account', 'payment']
CATEGORY_ORDER = ['people-search', 'background-check', 'phone-lookup', 'public-records', 'property', 'risk-identity',
                  'marketing', 'other']


# ---------------------------------------------------------------------------------------------- helpers

def host_of(text):
    """The lower-case host of a URL or bare domain, without www., or None."""
    if not text:
        return None
    text = text.strip()
    if '...' in text or '…' in text:
        return None  # cut short in the source: the host may be incomplete
    if '://' not in text:
        text = 'https://' + text
    try:
        host = (urlsplit(text).hostname or '').lower().strip('.')
    except ValueError:
        return None
    while host.startswith('www.') or host.startswith('www2.'):
        host = host.split('.', 1)[1]
    if re.search(r'\.(com|net|org)-', host):
        return None  # several addresses run together ("a.com-www.b.com")
    return host if DOMAIN.match(host) else None


def base_domain(host):
    """example.com for people.example.com: one broker, one registrable domain."""
    parts = host.split('.')
    if len(parts) > 2 and '.'.join(parts[-2:]) in TWO_PART_SUFFIXES:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def is_platform(host):
    return host is None or base_domain(host) in PLATFORMS


def is_foreign(host):
    return host is not None and host.endswith(FOREIGN_TLDS)


def https(url):
    """The URL with https, or None when it is not a usable web address."""
    if not url:
        return None
    url = url.strip()
    if url.lower().startswith('http://'):
        url = 'https://' + url[len('http://'):]
    elif '://' not in url and host_of(url):
        url = 'https://' + url
    if not url.startswith('https://') or re.search(r'\s', url):
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if host_of(host) is None:
        return None
    scheme_host = url[:len('https://') + len(host)]
    url = scheme_host.lower() + url[len(scheme_host):]
    host = host.lower()
    # A registry typo: "www." in front of a host that has none (www.privacyportal.example.com).
    if host.startswith('www.') and host.count('.') >= 3 and base_domain(host) in PLATFORMS:
        url = url.replace('://' + host, '://' + host[4:], 1)
    return url


def email(text):
    """A clean email address, or None for anything unusable."""
    if not text:
        return None
    text = text.strip().strip('<>').strip()
    text = re.sub(r'\s*\[\s*at\s*\]\s*', '@', text, flags=re.I)
    text = re.sub(r'\s*\[\s*dot\s*\]\s*', '.', text, flags=re.I)
    text = text.removeprefix('mailto:').strip().rstrip('.,;)').lower()
    if not EMAIL.match(text):
        return None
    local, domain = text.split('@', 1)
    if BAD_MAILBOXES.match(local) or domain in ('domain.com', 'example.com'):
        return None
    return text


def url_kind(url):
    """3 for a removal or request page, 2 for some other page, 1 for a privacy notice or contact page,
    0 for a home page."""
    parts = urlsplit(url)
    path = (parts.path + '?' + parts.query + '#' + parts.fragment).strip('/?#')
    host = parts.hostname or ''
    if REMOVAL_PATH.search(path) or re.match(r'^(optout|opt-out|privacy|suppression|dsar|privacyportal|ccpa)', host):
        return 3
    if path == '' or re.fullmatch(r'(index|default|home)(\.\w+)?', path, re.I):
        return 0
    return 1 if NOTICE_PATH.search(path) else 2


def company_key(name):
    """A company name without punctuation and legal suffixes, to match one company across lists."""
    name = re.sub(r'\(.*?\)', ' ', name.lower())
    name = re.sub(r'\b(doing business as|d/b/a|dba|formerly)\b.*', ' ', name)
    words = re.sub(r'[^a-z0-9 ]+', ' ', name).split()
    words = [w for w in words if w not in ('inc', 'llc', 'ltd', 'corp', 'corporation', 'co', 'company', 'the',
                                           'lp', 'llp', 'limited', 'plc', 'pllc', 'incorporated', 'holdings',
                                           'us', 'usa', 'com', 'group')]
    key = ' '.join(words)
    return key if len(key.replace(' ', '')) >= 4 else None


def display_name(name):
    """A name as people see it: no parenthetical remarks, no legal suffix."""
    inner = re.search(r'\(([a-z0-9.-]+\.[a-z]{2,})\)', name)
    if inner and DOMAIN.match(inner.group(1)):
        return inner.group(1)  # "Some network (example.com)": the site is known by its domain
    dba = re.search(r'\b(?:d/b/a|dba|doing business as)\s+(.+)$', name, re.I)
    if dba:
        name = dba.group(1)
    name = re.sub(r',\s+an?\s+[A-Z][a-z]+( limited liability)?( company| corporation)?\s*$', '', name)
    name = re.sub(r'\s*\([^)]*\)\s*', ' ', name).strip()
    name = re.sub(r',?\s+(inc|llc|l\.l\.c|ltd|corp|corporation|co|lp|l\.p|llp|pllc|plc)\.?$', '', name, flags=re.I)
    name = re.sub(r'\s+', ' ', name).strip(' ,.-')
    return name


def slug(text):
    return re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')[:64].strip('-')


# ---------------------------------------------------------------------------------------------- model

class Candidate:
    """What the lists say about one broker, merged by registrable domain."""

    def __init__(self, domain):
        self.domain = domain
        self.domains = {domain}
        self.names = []           # (rank, name)
        self.categories = []      # (source, category)
        self.urls = []            # (source, url)
        self.emails = []          # (source, email)
        self.registry_urls = []   # (source, url) from the California registry
        self.registry_emails = []
        self.registry_names = set()
        self.days = None
        self.relatives = None
        self.requires = {}
        self.sources = {}         # source key -> set of facts
        self.upstream = set()     # where the cvs0 rows came from (PersProtect, The Markup)
        self.tier_b = False
        self.registry_ca = False
        self.broken_form = False  # a list says the site's own form did not work

    def add(self, source, fact):
        self.sources.setdefault(source, set()).add(fact)

    def merge(self, other):
        self.domains |= other.domains
        for name in ('names', 'categories', 'urls', 'emails', 'registry_urls', 'registry_emails'):
            getattr(self, name).extend(getattr(other, name))
        self.registry_names |= other.registry_names
        self.upstream |= other.upstream
        if self.days is None:
            self.days = other.days
        if self.relatives is None:
            self.relatives = other.relatives
        for key, value in other.requires.items():
            self.requires.setdefault(key, value)
        for key, facts in other.sources.items():
            self.sources.setdefault(key, set()).update(facts)
        self.tier_b |= other.tier_b
        self.registry_ca |= other.registry_ca
        self.broken_form |= other.broken_form


class Catalog:
    def __init__(self, tier_a_domains):
        self.tier_a = tier_a_domains
        self.by_domain = {}
        self.waiting = []          # rows on a shared request portal, placed later by company name
        self.skipped = Counter()   # reason -> rows

    def in_tier_a(self, host):
        """True when host or a domain above it is listed by a tier A file (tier A wins)."""
        parts = host.split('.')
        if base_domain(host) in self.tier_a:
            return True
        return any('.'.join(parts[i:]) in self.tier_a for i in range(len(parts) - 1))

    def get(self, host, reason_prefix=''):
        """The candidate for a site host, or None when tier A has it or it is outside the US."""
        if host is None:
            self.skipped[reason_prefix + 'no usable domain'] += 1
            return None
        if self.in_tier_a(host):
            self.skipped[reason_prefix + 'already in tier A'] += 1
            return None
        if is_foreign(host):
            self.skipped[reason_prefix + 'outside the US'] += 1
            return None
        domain = base_domain(host)
        if domain not in self.by_domain:
            self.by_domain[domain] = Candidate(domain)
        return self.by_domain[domain]

    def identify(self, site_hosts, mails, reason_prefix):
        """The candidate for a row: its own site host, else the domain of its email; None if neither is usable."""
        for host in site_hosts:
            if host and not is_platform(host):
                return self.get(host, reason_prefix), True
        for mail in mails:
            if mail:
                host = host_of(mail.split('@', 1)[1])
                if host and not is_platform(host):
                    return self.get(host, reason_prefix), True
        return None, False


# ---------------------------------------------------------------------------------------------- readers

def requirement_keywords(text):
    """Requirements named in a list's remarks, as keywords only; anything not named stays unknown."""
    text = text.lower()
    found = {}
    if 'captcha' in text:
        found['captcha'] = True
    if re.search(r'email (verification|confirmation|link)|confirm(ed)? (by|the) email|email-verified|'
                 r'confirmation email|verify by email|email link', text):
        found['emailVerification'] = True
    if re.search(r'phone (verification|call|code)|call with a code|text with a code|a call to', text):
        found['phoneVerification'] = True
    if re.search(r'\bid (upload|scan|copy)|photo id|government id|driver.?s licen|\bid document|proof of identity',
                 text):
        found['govId'] = True
    if re.search(r'login required|account claim|asks for an account|sign up|create an account', text):
        found['account'] = True
    if re.search(r'profile url|listing url|paste the (profile|listing)|per-profile|record url', text):
        found['listingUrl'] = True
    return found


def read_optery(ref, catalog, people):
    """Optery: people-search and phone sites go to tier B; marketing rows only add facts to known brokers."""
    kinds = {'People Search Site': 'people-search', 'Phone Directory': 'phone-lookup',
             'Profile Data Broker': 'property', 'Marketing': 'marketing', 'B2B Lead Generation': 'marketing',
             'Business Search': 'other'}
    rows = json.load(open(os.path.join(ref, 'optery-data-brokers-directory', 'data-brokers.json'), encoding='utf-8'))
    for row in sorted(rows, key=lambda r: r['id']):
        kind = kinds.get(row['type'])
        is_b = row['type'] in ('People Search Site', 'Phone Directory', 'Profile Data Broker')
        if kind is None or is_b != people:
            continue
        if 'United States' not in row['country'] and row['country'] != 'ALL':
            catalog.skipped['optery: not a US site'] += 1
            continue
        url, mail = https(row['opt_out_url']), email(row['email'])
        if not url and not mail:
            if is_b:
                catalog.skipped['optery: no opt-out page or email'] += 1
            continue
        host = host_of(row['website'])
        if not is_b:
            # Marketing rows: facts for brokers already known from the registry, never a new broker.
            if host is None or base_domain(host) not in catalog.by_domain:
                continue
            c = catalog.by_domain[base_domain(host)]
        else:
            c = catalog.get(host, 'optery: ')
            if c is None:
                continue
            c.tier_b = True
        c.names.append((0, row['title']))
        c.categories.append(('optery', kind))
        if url:
            c.urls.append(('optery', url))
            c.add('optery', 'opt-out page')
        if mail:
            c.emails.append(('optery', mail))
            c.add('optery', 'request email')
        if row['average_removal_days'] and 0 < int(row['average_removal_days']) <= 365:
            c.days = int(row['average_removal_days'])
            c.add('optery', 'average removal days')
        if row['shows_family_names'] in ('Yes', 'No'):
            c.relatives = row['shows_family_names'] == 'Yes'
            c.add('optery', 'whether listings show relatives')


def read_cvs0(ref, catalog):
    kinds = {'people-search': 'people-search', 'background-checks': 'background-check',
             'public-records': 'public-records', 'marketing': 'marketing', 'credit-financial': 'risk-identity'}
    path = os.path.join(ref, 'cvs0-data-brokers-list', 'opt-outs.csv')
    for row in csv.DictReader(open(path, encoding='utf-8')):
        registry = 'markup' in row['sources'] or 'cppa' in row['sources']
        is_b = row['category'] in ('people-search', 'background-checks', 'public-records')
        if not is_b and not registry:
            continue  # not a people-search site and not on the California registry
        if row['http_status'] in ('404', '410') or row['http_status'].startswith('5'):
            catalog.skipped['cvs0: page gone (HTTP ' + row['http_status'] + ')'] += 1
            continue
        if FOREIGN_WORDS.search(row['notes'][:40]) or FOREIGN_WORDS.search(row['name']):
            catalog.skipped['cvs0: outside the US'] += 1
            continue
        url = https(row['url'])
        mails = [m for m in (email(m) for m in EMAIL_IN_TEXT.findall(row['notes'])) if m]
        if url is None and not mails:
            continue
        site = host_of(row['domain'])
        c, placed = catalog.identify([site, host_of(url)], mails, 'cvs0: ')
        if not placed:
            catalog.waiting.append(('cvs0', row['name'], url, mails, registry))
            continue
        if c is None:
            continue
        name = row['name']
        if re.search(r'\bnetwork\b|\bfamily\b|\(hub\)', name, re.I) and site:
            name = site  # "Some network (hub)" names a group, not this site
        c.names.append((3, name))
        c.upstream.update(tag for tag in row['sources'].split(';') if tag in UPSTREAM)
        if registry:
            c.registry_names.add(row['name'])
        if url:
            c.urls.append(('cvs0', url))
            c.add('cvs0', 'opt-out or privacy-request page')
            if registry:
                c.registry_urls.append(('cvs0', url))
        for mail in mails[:2]:
            c.emails.append(('cvs0', mail))
            c.add('cvs0', 'request email')
        if row['category'] in kinds:
            c.categories.append(('cvs0', kinds[row['category']]))
        if is_b:
            c.tier_b = True
        if registry:
            c.registry_ca = True
            c.add('cvs0', 'on the California registry')
        found = requirement_keywords(row['notes'])
        if found:
            c.requires.update(found)
            c.add('cvs0', 'what the opt-out asks for')


def read_brianreumere(ref, catalog):
    for path in sorted(glob.glob(os.path.join(ref, 'brianreumere-data-brokers', 'data', '*.yaml'))):
        for _, entry in sorted(yaml.safe_load(open(path, encoding='utf-8')).items()):
            url = https(entry.get('removalUrl'))
            status = entry.get('status') or {}
            workaround = str(status.get('workaround') or '')
            mails = [m for m in (email(m) for m in EMAIL_IN_TEXT.findall(workaround)) if m]
            if url is None and not mails:
                catalog.skipped['brianreumere: no removal page or email'] += 1
                continue
            c = catalog.get(host_of(entry.get('url')), 'brianreumere: ')
            if c is None:
                continue
            c.tier_b = True
            c.names.extend((1, n) for n in entry.get('names', [])[:1])
            c.categories.append(('brianreumere', 'people-search'))
            if url:
                c.urls.append(('brianreumere', url))
                c.add('brianreumere', 'removal page')
            for mail in mails:
                c.emails.append(('brianreumere', mail))
                c.add('brianreumere', 'request email')
            if status.get('working') is False:
                c.broken_form = True
            if 'email' in (entry.get('requiredVerification') or []):
                c.requires['emailVerification'] = True
                c.add('brianreumere', 'email confirmation')


def read_badbool(ref, catalog):
    """The people-search section of BADBOOL: links, email addresses and the requirement symbols only."""
    text = open(os.path.join(ref, 'yaelwrites-badbool', 'README.md'), encoding='utf-8').read()
    section = text.split('## People Search Sites', 1)[1].split('\n## ', 1)[0]
    for block in section.split('\n### ')[1:]:
        heading, _, body = block.partition('\n')
        name = re.sub(r'[^\w\s.&’\'-]', '', heading).strip()
        links = re.findall(r'\[([^\]]*)\]\(([^)\s]+)\)', body)
        optout = [https(u) for t, u in links
                  if re.search(r'opt.?out|remov|\bform\b|this page|initiate', t, re.I)]
        optout = sorted({u for u in optout if u}, key=lambda u: (-url_kind(u), optout.index(u)))
        mails = [m for m in (email(m) for m in EMAIL_IN_TEXT.findall(body)) if m]
        if not optout and not mails:
            catalog.skipped['badbool: no opt-out link or email'] += 1
            continue
        # The site: a link whose host spells the entry's name, else the host most links point to.
        hosts = [host_of(u) for _, u in links if host_of(u) and not is_platform(host_of(u))]
        site = Counter(hosts).most_common(1)[0][0] if hosts else None
        wanted = re.sub(r'[^a-z0-9]', '', re.sub(r'\.(com|net|org)\b', '', name.lower()))
        for host in hosts:
            if wanted and re.sub(r'[^a-z0-9]', '', base_domain(host)).startswith(wanted):
                site = host
                break
        c = catalog.get(site, 'badbool: ')
        if c is None:
            continue
        c.tier_b = True
        c.names.append((2, name))
        c.categories.append(('badbool', 'people-search'))
        for url in optout[:1]:
            c.urls.append(('badbool', url))
            c.add('badbool', 'opt-out page')
        for mail in mails[:1]:
            c.emails.append(('badbool', mail))
            c.add('badbool', 'request email')
        if '🎫' in heading:
            c.requires['govId'] = True
            c.add('badbool', 'asks for an ID')
        if '📞' in heading:
            c.requires['phoneVerification'] = True
            c.add('badbool', 'needs a phone call')


def read_ydr(ref, catalog):
    folder = os.path.join(ref, 'your-digital-rights-data-brokers')
    kinds = {'People Finder / Background Check': 'background-check', 'People Finder': 'people-search',
             'People Finder / Social Media': 'people-search', 'Personal Information': 'people-search',
             'Mugshot': 'public-records', 'Voter Lists': 'public-records', 'Directory - White Pages': 'phone-lookup',
             'Directory - Mobile': 'phone-lookup', 'Directory': 'phone-lookup',
             'Social Security Number Paid Search': 'public-records'}
    for row in csv.DictReader(open(os.path.join(folder, 'Data Brokers - Data Brokers.csv'), encoding='utf-8')):
        if row['Type'] not in kinds:
            continue
        if row['Health']:
            catalog.skipped['ydr: marked dead'] += 1
            continue
        mail, url = email(row['Email']), https(row['Opt-out URL'])
        if mail is None and url is None:
            catalog.skipped['ydr: no opt-out page or email'] += 1
            continue
        c = catalog.get(host_of(row['Domain']), 'ydr: ')
        if c is None:
            continue
        c.tier_b = True
        c.names.append((5, row['YDR Name'] or row['Domain'].lower()))
        c.categories.append(('ydr', kinds[row['Type']]))
        if url:
            c.urls.append(('ydr', url))
            c.add('ydr', 'opt-out page')
        if mail:
            c.emails.append(('ydr', mail))
            c.add('ydr', 'request email')

    for row in csv.DictReader(open(os.path.join(folder, 'Data Brokers - privacyrights.org.csv'), encoding='utf-8')):
        if row['Category'] != 'People Search':
            continue
        url, mail = https(row['Opt Out URL']), email(row['Email'])
        if not (url or mail):
            catalog.skipped['privacyrights: no opt-out page or email'] += 1
            continue
        c = catalog.get(host_of(row['Domain']) or host_of(row['URL']), 'privacyrights: ')
        if c is None:
            continue
        c.tier_b = True
        c.names.append((4, row['Name']))
        c.categories.append(('ydr', 'people-search'))
        if url:
            c.urls.append(('ydr', url))
            c.add('ydr', 'opt-out page (privacyrights.org data)')
        if mail:
            c.emails.append(('ydr', mail))
            c.add('ydr', 'request email (privacyrights.org data)')


def read_california_ag(ref, catalog):
    """The California AG registry (2020-2021) as mirrored by your-digital-rights: names, sites, emails."""
    path = os.path.join(ref, 'your-digital-rights-data-brokers', 'data-brokers-california.csv')
    for row in csv.DictReader(open(path, encoding='utf-8')):
        mail = email(row['Email Address'])
        if mail is None:
            catalog.skipped['CA registry 2020: no usable email'] += 1
            continue
        c, placed = catalog.identify([host_of(row['Website URL'])], [mail], 'CA registry 2020: ')
        if not placed:
            catalog.waiting.append(('ydr', row['Data Broker Name'], None, [mail], True))
            continue
        if c is None:
            continue
        c.names.append((7, row['Data Broker Name']))
        c.registry_names.add(row['Data Broker Name'])
        c.emails.append(('ydr', mail))
        c.registry_emails.append(('ydr', mail))
        c.registry_ca = True
        c.add('ydr', 'on the California registry (2020-2021), contact email')


def read_markup(ref, catalog):
    """The 2025 California registry's request pages, as checked by The Markup / CalMatters."""
    path = os.path.join(ref, 'the-markup-opt-out-pages', 'data-broker-opt-out-pages.csv')
    for row in csv.DictReader(open(path, encoding='utf-8')):
        if row['status'] != 'success':
            catalog.skipped['CA registry 2025: page did not load'] += 1
            continue
        url = https(row['url_final'] or row['url_original'])
        if url is None:
            continue
        site = host_of(row['hostname_original'])
        c, placed = catalog.identify([site, host_of(url)], [], 'CA registry 2025: ')
        if not placed:
            catalog.waiting.append(('markup', row['company_name'], url, [], True))
            continue
        if c is None:
            continue
        c.names.append((6, row['company_name']))
        c.registry_names.add(row['company_name'])
        c.urls.append(('markup', url))
        c.registry_urls.append(('markup', url))
        c.registry_ca = True
        c.add('markup', 'on the California registry (2025), privacy-request page')


def read_fact_hints(ref, catalog):
    """Kinds of business and extra addresses from lists whose rows never make a broker on their own."""
    prc = {'Marketing Data Broker': 'marketing', 'Identity Verification Services': 'risk-identity'}
    path = os.path.join(ref, 'your-digital-rights-data-brokers', 'Data Brokers - privacyrights.org.csv')
    for row in csv.DictReader(open(path, encoding='utf-8')):
        host = host_of(row['Domain']) or host_of(row['URL'])
        c = catalog.by_domain.get(base_domain(host)) if host else None
        if c is None or row['Category'] not in prc:
            continue
        c.categories.append(('ydr', prc[row['Category']]))
        c.add('ydr', 'kind of business (privacyrights.org data)')
        mail, url = email(row['Email']), https(row['Opt Out URL'])
        if mail:
            c.emails.append(('ydr', mail))
            c.add('ydr', 'request email (privacyrights.org data)')
        if url:
            c.urls.append(('ydr', url))
            c.add('ydr', 'opt-out page (privacyrights.org data)')

    dn = {'ads': 'marketing', 'credit agency': 'risk-identity', 'addresses': 'marketing',
          'collection agency': 'risk-identity'}
    for path in sorted(glob.glob(os.path.join(ref, 'datenanfragen-data', 'companies', '*.json'))):
        record = json.load(open(path, encoding='utf-8'))
        host = host_of(record.get('web'))
        c = catalog.by_domain.get(base_domain(host)) if host else None
        if c is None:
            continue
        kinds = [dn[k] for k in record.get('categories', []) if k in dn]
        if kinds:
            c.categories.append(('datenanfragen', kinds[0]))
        mail, url = email(record.get('email')), https(record.get('webform'))
        if mail:
            c.emails.append(('datenanfragen', mail))
            c.add('datenanfragen', 'privacy email')
        if url:
            c.urls.append(('datenanfragen', url))
            c.add('datenanfragen', 'request form')


def place_waiting(catalog):
    """Rows whose page is on a shared portal: they go to the broker with the same company name, if any."""
    by_company = {}
    for domain in sorted(catalog.by_domain):
        c = catalog.by_domain[domain]
        for _, name in sorted(c.names):
            key = company_key(name)
            if key:
                by_company.setdefault(key, c)
    for source, name, url, mails, registry in catalog.waiting:
        c = by_company.get(company_key(name) or '')
        if c is None:
            catalog.skipped[source + ': request portal with no known company site'] += 1
            continue
        c.names.append((6, name))
        if url:
            c.urls.insert(0, (source, url))
            c.add(source, 'privacy-request page')
        for mail in mails:
            c.emails.append((source, mail))
            c.add(source, 'request email')
        if registry:
            c.registry_ca = True
            c.registry_names.add(name)
            if url:
                c.registry_urls.append((source, url))


def merge_same_company(catalog):
    """Registry entries of one company under two domains become one broker with both domains."""
    groups = {}
    for domain in sorted(catalog.by_domain):
        c = catalog.by_domain[domain]
        for name in sorted(c.registry_names):
            key = company_key(name)
            if key:
                groups.setdefault(key, [])
                if c not in groups[key]:
                    groups[key].append(c)
    merged = []
    for key in sorted(groups):
        members = [c for c in groups[key] if c.domain in catalog.by_domain]
        if len(members) < 2:
            continue
        # Two people-search sites stay apart even with one owner: each has its own listings and opt-out.
        # The rest join the first of them, or the entry with the most facts.
        members.sort(key=lambda c: (not c.tier_b, -len(c.urls) - len(c.emails), c.domain))
        keep = members[0]
        for other in members[1:]:
            if other.tier_b:
                continue
            keep.merge(other)
            del catalog.by_domain[other.domain]
            merged.append((keep.domain, other.domain))
    return merged


# ---------------------------------------------------------------------------------------------- output

def choose_url(c):
    own = {base_domain(d) for d in c.domains}

    def score(item):
        source, url = item
        host = host_of(url) or ''
        kind = url_kind(url)
        on_own_site = base_domain(host) in own
        if c.broken_form and source == 'brianreumere' and on_own_site:
            kind -= 1
        return (-kind, not on_own_site, SOURCE_RANK[source], url)

    return sorted(set(c.urls), key=score)[0][1] if c.urls else None


def choose_email(c, pool):
    own = {base_domain(d) for d in c.domains}

    def score(item):
        source, mail = item
        on_own_site = base_domain(mail.split('@', 1)[1]) in own
        return (not on_own_site, not PRIVACY_MAILBOX.search(mail.split('@', 1)[0]), SOURCE_RANK[source], mail)

    return sorted(set(pool), key=score)[0][1] if pool else None


def choose_category(c, tier):
    votes = Counter(category for _, category in c.categories)
    if tier == 'B':
        for drop in ('marketing', 'risk-identity', 'other'):
            votes.pop(drop, None)
    if votes:
        best = max(votes.values())
        # On a tie a tier C broker is taken for what a registered broker usually is.
        order = CATEGORY_ORDER if tier == 'B' else ['risk-identity', 'marketing'] + CATEGORY_ORDER
        category = next(k for k in order if votes.get(k) == best)
    else:
        category = None
    words = ' '.join([c.domain] + [n for _, n in c.names]).lower()
    if tier == 'B':
        category = category or 'people-search'
        if category in ('people-search', 'public-records') and re.search(r'propert|rehold|homemetry|parcel', words):
            category = 'property'
        if category == 'people-search':
            if re.search(r'background', words):
                category = 'background-check'
            elif re.search(r'reverse ?phone|phone ?(lookup|tracer|detective|number|owner)|caller|area ?code|'
                           r'numberguru|sync\.me|whoscall|hiya|getcontact', words):
                category = 'phone-lookup'
            elif re.search(r'arrest|mugshot|court|warrant|criminal|inmate|voter|records', words):
                category = 'public-records'
        return category
    if category:
        return category
    # Tier C with no kind given by any list: what the company's name says, else "other".
    if re.search(r'people ?search|people ?finder|background check|person ?search|public ?records|lookup', words):
        return 'people-search'
    if re.search(r'screening|background|verif|identity|\bid\b|fraud|risk|credit|collection|skip ?trac|tenant|'
                 r'insurance|lexisnexis|equifax|experian|transunion|paynet|telesign|ekata|sheerid|penlink', words):
        return 'risk-identity'
    if re.search(r'market|leads?\b|lead ?gen|advertis|\bads?\b|adtech|audience|media|mailing|mail\b|lists?\b|'
                 r'direct|promot|campaign|email|consumer data|b2b|sales|intent|retarget|programmatic|exchange|'
                 r'\bbid|donor|political|voter|prospect', words):
        return 'marketing'
    return 'other'


def choose_name(c):
    for _, name in sorted(c.names, key=lambda item: item[0]):
        name = display_name(name.strip())
        if name and not DOMAIN.match(name.lower()) and len(name) <= 120:
            return name
    return c.domain


def notes_for(c, tier, method, url, mail):
    words = []
    own = {base_domain(d) for d in c.domains}
    if method == 'web-form':
        host = host_of(url)
        kind = url_kind(url)
        if kind == 0:
            words.append('The link goes to the site\'s home page: look for a privacy, "do not sell" or removal '
                         'link, usually at the bottom of the page.')
        elif kind == 1:
            words.append('The link goes to its privacy or contact page: use the part about your rights, opting '
                         'out or removal, or write to the email address if one is given.')
        else:
            words.append('Opt out on the site\'s form.')
        if host and base_domain(host) not in own and not is_platform(host):
            words.append(f'The form is on {base_domain(host)}, which handles removals for this site.')
    else:
        words.append('Send a deletion request by email to the address below; the app can write it for you.')
    expect = []
    if c.requires.get('captcha'):
        expect.append('a CAPTCHA')
    if c.requires.get('emailVerification'):
        expect.append('an email link to click')
    if c.requires.get('phoneVerification'):
        expect.append('a phone call or a code by phone')
    if expect:
        words.append('Expect ' + ' and '.join(expect) + '.')
    if c.requires.get('listingUrl'):
        words.append('Find your listing first and copy its web address; the form asks for it.')
    if c.requires.get('account'):
        words.append('It may ask you to sign in or make an account.')
    if c.requires.get('govId'):
        words.append('It may ask for a copy of an ID: cover everything but your name and photo, or send a written '
                     'legal request instead.')
    if c.broken_form and method == 'email':
        words.append('Its own form has been reported not to work, so email is the safer route.')
    if tier == 'B':
        if c.relatives:
            words.append('Listings here show relatives, so ask your family to check for their own listings too.')
        words.append('Search for yourself before you opt out, so you only give details it already shows.')
    if c.registry_ca:
        words.append('Registered as a data broker in California: you can ask it to delete your data under the law.')
    if tier == 'C':
        words.append('It may hold your details without showing them on a public site, so there is no listing to '
                     'check; send the request anyway.')
    words.append('Taken from public lists, not yet checked by hand: if a link or address no longer works, '
                 'tell us.')
    return ' '.join(words)


PEOPLE_KINDS = {'people-search', 'background-check', 'phone-lookup', 'public-records', 'property'}


def tier_of(c):
    """B for a people-search kind of site, C for a registered broker; None for neither.

    A site one list calls people-search and others call marketing goes by the majority of lists,
    and on a tie by the most recently checked list; if it is not on the registry it stays in B."""
    if not c.tier_b:
        return 'C' if c.registry_ca else None
    people = {source for source, kind in c.categories if kind in PEOPLE_KINDS}
    other = {source for source, kind in c.categories if kind not in PEOPLE_KINDS}
    if not c.registry_ca or len(people) > len(other):
        return 'B'
    if len(people) == len(other) and min(SOURCE_RANK[s] for s in people) < min(SOURCE_RANK[s] for s in other):
        return 'B'
    return 'C'


def definition(c, identifier):
    tier = tier_of(c)
    url = choose_url(c)
    mail = choose_email(c, c.emails)
    method = 'web-form' if url else 'email'
    opt_out = {'method': method}
    if url:
        opt_out['url'] = url
    if mail:
        opt_out['email'] = mail
    requires = {k: c.requires[k] for k in REQUIRES_ORDER if k in c.requires}
    if requires:
        opt_out['requires'] = requires
    if c.days is not None:
        opt_out['estimatedDays'] = c.days
    legal = {'acceptsAgent': 'unknown'}
    if c.registry_ca:
        registry_url = choose_url_from(c, c.registry_urls)
        if registry_url and registry_url != url:
            legal['ccpaUrl'] = registry_url
        registry_mail = choose_email(c, c.registry_emails)
        if registry_mail and registry_mail != mail:
            legal['ccpaEmail'] = registry_mail
        legal['registries'] = {'ca': True}
    broker = {
        'id': identifier,
        'name': choose_name(c),
        'domains': [c.domain] + sorted(c.domains - {c.domain}),
        'category': choose_category(c, tier),
        'tier': tier,
        'priority': 'high' if c.relatives else 'normal',
        'optOut': opt_out,
        'legal': legal,
        'notes': notes_for(c, tier, method, url, mail),
        'sources': [{'url': SOURCES[key][0], 'supports': '; '.join(sorted(c.sources[key]))}
                    for key in sorted(c.sources, key=lambda k: SOURCE_RANK[k])],
        'lastVerified': max(SOURCES[key][1] for key in c.sources),
    }
    if 'cvs0' in c.sources and c.upstream:
        entry = next(s for s in broker['sources'] if s['url'] == SOURCES['cvs0'][0])
        entry['supports'] += ' (' + '; '.join(UPSTREAM[tag] for tag in sorted(c.upstream)) + ')'
    if c.relatives:
        broker['priorityWhy'] = 'Its listings show relatives, which lets anyone map a family.'
    if c.relatives is not None:
        broker['showsRelatives'] = c.relatives
    return {key: broker[key] for key in KEY_ORDER if key in broker}


def choose_url_from(c, pool):
    saved = c.urls
    c.urls = pool
    try:
        return choose_url(c)
    finally:
        c.urls = saved


def read_existing():
    """Tier A ids and domains; tier B and C files (this script's own output) are deleted."""
    tier_a_ids, tier_a_domains, removed, unreadable = set(), set(), 0, []
    for path in sorted(glob.glob(os.path.join(DEFINITIONS, '*.json'))):
        try:
            existing = json.load(open(path, encoding='utf-8'))
        except (OSError, ValueError):
            unreadable.append(os.path.basename(path))
            tier_a_ids.add(os.path.basename(path)[:-5])  # keep its name free, whatever it is
            continue
        if existing.get('tier') in ('B', 'C'):
            os.remove(path)
            removed += 1
            continue
        tier_a_ids.add(existing.get('id') or os.path.basename(path)[:-5])
        tier_a_ids.add(os.path.basename(path)[:-5])
        tier_a_domains.update(d.lower() for d in existing.get('domains', []))
    return tier_a_ids, tier_a_domains, removed, unreadable


def main():
    global DEFINITIONS
    args = sys.argv[1:]
    if '--definitions' in args:  # another folder to write to, for a dry run on a copy
        at = args.index('--definitions')
        DEFINITIONS = os.path.abspath(args[at + 1])
        del args[at:at + 2]
    ref = os.path.abspath(args[0] if args else DEFAULT_REFERENCE)
    if not os.path.isfile(os.path.join(ref, 'SOURCES.md')):
        sys.exit(f'not a reference folder: {ref}')
    tier_a_ids, tier_a_domains, removed, unreadable = read_existing()

    catalog = Catalog(tier_a_domains)
    # Tier B lists first, then the registry, then lists that only add facts to brokers already known.
    read_optery(ref, catalog, people=True)
    read_cvs0(ref, catalog)
    read_brianreumere(ref, catalog)
    read_badbool(ref, catalog)
    read_ydr(ref, catalog)
    read_markup(ref, catalog)
    read_california_ag(ref, catalog)
    place_waiting(catalog)
    merged = merge_same_company(catalog)
    read_optery(ref, catalog, people=False)
    read_fact_hints(ref, catalog)

    # Plain ids go to .com sites first, so "example" is example.com and example.net is "example-net".
    order = sorted(catalog.by_domain, key=lambda d: (not d.endswith('.com'), d))
    used_ids = set(tier_a_ids)
    counts, written = Counter(), []
    for domain in order:
        c = catalog.by_domain[domain]
        if not (c.urls or c.emails):
            catalog.skipped['no opt-out page or email'] += 1
            continue
        if tier_of(c) is None:
            catalog.skipped['neither a people-search site nor on the California registry'] += 1
            continue
        if domain in NOT_BROKERS:
            catalog.skipped['not a data broker (' + domain + ')'] += 1
            continue
        identifier = slug(domain.rsplit('.', 1)[0]) if not domain.endswith('.us.com') else slug(domain)
        if not identifier or identifier in used_ids:
            identifier = slug(domain)
        n = 2
        while identifier in used_ids:
            identifier = f'{slug(domain)}-{n}'
            n += 1
        used_ids.add(identifier)
        broker = definition(c, identifier)
        written.append(broker)
        counts[(broker['tier'], broker['category'])] += 1

    for broker in written:
        with open(os.path.join(DEFINITIONS, broker['id'] + '.json'), 'w', encoding='utf-8', newline='\n') as out:
            out.write(json.dumps(broker, indent=2, ensure_ascii=False) + '\n')

    print(f'reference folder: {ref}')
    print(f'tier A files kept: {len(tier_a_ids)} ids, {len(tier_a_domains)} domains; old tier B/C files removed: '
          f'{removed}')
    if unreadable:
        print('unreadable files left alone:', ', '.join(unreadable))
    if merged:
        print(f'one company under two domains, merged: {len(merged)}')
    print('left out:')
    for reason, n in sorted(catalog.skipped.items()):
        print(f'  {n:4}  {reason}')
    print('written:')
    for tier in ('B', 'C'):
        total = sum(n for (t, _), n in counts.items() if t == tier)
        print(f'  tier {tier}: {total}')
        for (t, category), n in sorted(counts.items()):
            if t == tier:
                print(f'    {category:18} {n}')
    print(f'  total: {len(written)}')


if __name__ == '__main__':
    main()
