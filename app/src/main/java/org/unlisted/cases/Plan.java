package org.unlisted.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;

/**
 * One person's way through the catalog: every broker in the catalog's order, with where the person
 * stands there and what to do next. A sister site whose operator's opt-out covers it follows that
 * operator's case.
 */
public final class Plan {
    private final List<Item> items;

    /** One broker in the plan. {@code coveredBy} is the operator whose opt-out covers it, if any. */
    public record Item(Broker broker, Optional<OptOutCase> optOutCase, Broker coveredBy, CaseState state,
                       NextAction next, LocalDate due) {

        /** Done: removed or not listed, or covered by a DROP request whose deletion time has passed. */
        public boolean isDone() {
            return state.isDone() || next == NextAction.NONE && state == CaseState.NOT_STARTED;
        }
    }

    private Plan(List<Item> items) {
        this.items = List.copyOf(items);
    }

    public static Plan of(Catalog catalog, Map<String, OptOutCase> cases, LocalDate today) {
        return of(catalog, cases, Optional.empty(), today);
    }

    /**
     * As above, with the person's DROP request: registered brokers that are not people-search sites
     * are covered by it (waiting until the brokers' time to delete has passed, then done).
     */
    public static Plan of(Catalog catalog, Map<String, OptOutCase> cases, Optional<Drop.Request> drop,
                          LocalDate today) {
        List<Item> items = new ArrayList<>();
        for (Broker broker : catalog.brokers()) {
            Optional<OptOutCase> own = Optional.ofNullable(cases.get(broker.id()));
            if (own.isEmpty() && drop.isPresent() && Drop.covers(broker)) {
                LocalDate by = drop.get().expectedBy();
                items.add(new Item(broker, own, null, CaseState.NOT_STARTED,
                        today.isAfter(by) ? NextAction.NONE : NextAction.DROP, by));
                continue;
            }
            Broker operator = own.isPresent() ? null : coveringOperator(catalog, broker);
            if (operator != null) {
                OptOutCase theirs = cases.get(operator.id());
                CaseState state = theirs == null ? CaseState.NOT_STARTED : theirs.state();
                items.add(new Item(broker, Optional.empty(), operator, state, NextAction.COVERED,
                        theirs == null ? null : dueOf(theirs)));
            } else {
                CaseState state = own.map(OptOutCase::state).orElse(CaseState.NOT_STARTED);
                items.add(new Item(broker, own, null, state, nextAction(broker, own.orElse(null), today),
                        own.map(Plan::dueOf).orElse(null)));
            }
        }
        return new Plan(items);
    }

    public List<Item> items() {
        return items;
    }

    public Optional<Item> item(String brokerId) {
        return items.stream().filter(i -> i.broker().id().equals(brokerId)).findFirst();
    }

    /** Done items (removed, or not listed) among {@code these}, for a progress bar. */
    public static double progress(List<Item> these) {
        return these.isEmpty() ? 0 : (double) these.stream().filter(Item::isDone).count() / these.size();
    }

    /** What to do next about this broker, given where its case stands today. */
    public static NextAction nextAction(Broker broker, OptOutCase c, LocalDate today) {
        CaseState state = c == null ? CaseState.NOT_STARTED : c.state();
        return switch (state) {
            case NOT_STARTED, SEARCHING -> {
                Broker.Method method = broker.optOut() == null ? Broker.Method.NONE : broker.optOut().method();
                if (method == Broker.Method.NONE) {
                    yield NextAction.NO_ROUTE;
                }
                yield broker.allowsSearch() ? NextAction.SEARCH : NextAction.REQUEST;
            }
            case FOUND, RELISTED -> NextAction.REQUEST;
            case AWAITING_VERIFICATION -> c.isOverdueOn(today) ? NextAction.FOLLOW_UP : NextAction.CONFIRM_EMAIL;
            case SUBMITTED -> c.isOverdueOn(today) ? NextAction.FOLLOW_UP
                    : c.expectedBy() != null && today.isAfter(c.expectedBy()) ? NextAction.CHECK_GONE : NextAction.WAIT;
            case OVERDUE -> NextAction.FOLLOW_UP;
            case ESCALATED -> NextAction.AWAIT_REGULATOR;
            case BLOCKED -> NextAction.DECIDE;
            case NOT_FOUND, REMOVED -> c.isRecheckDueOn(today) ? NextAction.RECHECK : NextAction.NONE;
        };
    }

    /** The date that matters next: a re-check for finished cases, else the legal deadline, else the expected date. */
    static LocalDate dueOf(OptOutCase c) {
        if (c.state().isDone()) {
            return c.recheckOn();
        }
        return c.legalDue() != null && c.state() != CaseState.ESCALATED ? c.legalDue() : c.expectedBy();
    }

    private static Broker coveringOperator(Catalog catalog, Broker broker) {
        return catalog.group(broker).filter(op -> op.coveredIds().contains(broker.id())).orElse(null);
    }
}
