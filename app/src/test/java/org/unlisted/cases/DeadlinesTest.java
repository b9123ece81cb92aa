package org.unlisted.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** Weekdays of a year that are not business days: exactly the observed federal holidays. */
    private static List<LocalDate> weekdayHolidays(int year) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !BusinessDays.isBusinessDay(d)) {
                out.add(d);
            }
        }
        return out;
    }

    // Business days

    @Test
    void weekendsAreSkipped() {
        assertThat(BusinessDays.isBusinessDay(day("2026-10-17"))).isFalse(); // Saturday
        assertThat(BusinessDays.isBusinessDay(day("2026-10-18"))).isFalse(); // Sunday
        assertThat(BusinessDays.add(day("2026-10-16"), 1)).isEqualTo(day("2026-10-19")); // Fri -> Mon
        assertThat(BusinessDays.add(day("2026-10-16"), 5)).isEqualTo(day("2026-10-23"));
        assertThat(BusinessDays.add(day("2026-10-17"), 1)).isEqualTo(day("2026-10-19")); // from a Saturday
    }

    @Test
    void addingZeroReturnsTheStartEvenOnAWeekend() {
        assertThat(BusinessDays.add(day("2026-10-17"), 0)).isEqualTo(day("2026-10-17"));
        assertThat(BusinessDays.add(day("2026-10-16"), 0)).isEqualTo(day("2026-10-16"));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> BusinessDays.add(day("2026-10-16"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thanksgivingIsSkippedButTheDayAfterIsNot() {
        assertThat(BusinessDays.isBusinessDay(day("2026-11-26"))).isFalse();
        assertThat(BusinessDays.isBusinessDay(day("2026-11-27"))).isTrue();
        assertThat(BusinessDays.add(day("2026-11-25"), 1)).isEqualTo(day("2026-11-27"));
        assertThat(BusinessDays.add(day("2026-11-25"), 2)).isEqualTo(day("2026-11-30"));
    }

    @Test
    void saturdayChristmasAndNewYearAreObservedOnTheFridaysBefore() {
        // 2027-12-25 and 2028-01-01 are Saturdays: observed Friday 12-24 and Friday 12-31,
        // the second across the year boundary.
        assertThat(BusinessDays.isBusinessDay(day("2027-12-24"))).isFalse();
        assertThat(BusinessDays.isBusinessDay(day("2027-12-31"))).isFalse();
        assertThat(BusinessDays.isBusinessDay(day("2027-12-27"))).isTrue();
        assertThat(BusinessDays.add(day("2027-12-23"), 1)).isEqualTo(day("2027-12-27"));
        assertThat(BusinessDays.add(day("2027-12-23"), 5)).isEqualTo(day("2028-01-03"));
        assertThat(BusinessDays.add(day("2027-12-30"), 1)).isEqualTo(day("2028-01-03"));
    }

    @Test
    void sundayChristmasAndNewYearAreObservedOnTheMondaysAfter() {
        assertThat(BusinessDays.isBusinessDay(day("2022-12-26"))).isFalse();
        assertThat(BusinessDays.isBusinessDay(day("2023-01-02"))).isFalse();
        assertThat(BusinessDays.add(day("2022-12-23"), 1)).isEqualTo(day("2022-12-27"));
        assertThat(BusinessDays.add(day("2022-12-30"), 1)).isEqualTo(day("2023-01-03"));
    }

    @Test
    void juneteenthIsObservedFrom2021() {
        assertThat(BusinessDays.isBusinessDay(day("2020-06-19"))).as("before the law").isTrue();
        assertThat(BusinessDays.isBusinessDay(day("2021-06-18"))).as("Saturday, observed Friday").isFalse();
        assertThat(BusinessDays.isBusinessDay(day("2022-06-20"))).as("Sunday, observed Monday").isFalse();
        assertThat(BusinessDays.isBusinessDay(day("2026-06-19"))).as("on a Friday").isFalse();
        assertThat(BusinessDays.add(day("2027-06-17"), 1)).isEqualTo(day("2027-06-21"));
    }

    @Test
    void aWholeYearMatchesThePublishedList() {
        assertThat(weekdayHolidays(2026)).containsExactly(
                day("2026-01-01"), day("2026-01-19"), day("2026-02-16"), day("2026-05-25"),
                day("2026-06-19"), day("2026-07-03"), day("2026-09-07"), day("2026-10-12"),
                day("2026-11-11"), day("2026-11-26"), day("2026-12-25"));
        // 2027 has twelve: Juneteenth and July 4 move, and 2028's New Year lands on 2027-12-31.
        assertThat(weekdayHolidays(2027)).containsExactly(
                day("2027-01-01"), day("2027-01-18"), day("2027-02-15"), day("2027-05-31"),
                day("2027-06-18"), day("2027-07-05"), day("2027-09-06"), day("2027-10-11"),
                day("2027-11-11"), day("2027-11-25"), day("2027-12-24"), day("2027-12-31"));
    }

    @Test
    void addAlwaysLandsOnABusinessDayAfterExactlyThatManyBusinessDays() {
        Random random = new Random(20261128L);
        LocalDate first = day("1995-01-01");
        for (int i = 0; i < 3000; i++) {
            LocalDate start = first.plusDays(random.nextInt(60 * 365));
            int n = 1 + random.nextInt(60);
            LocalDate end = BusinessDays.add(start, n);

            assertThat(end).as("add(%s, %d)", start, n).isAfter(start);
            assertThat(BusinessDays.isBusinessDay(end)).as("add(%s, %d) = %s", start, n, end).isTrue();
            int counted = 0;
            for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
                if (BusinessDays.isBusinessDay(d)) {
                    counted++;
                }
            }
            assertThat(counted).as("business days in (%s, %s]", start, end).isEqualTo(n);
        }
    }

    // Laws and their clocks

    @Test
    void californiaAllows45DaysPlus45() {
        LocalDate received = day("2026-11-20");
        assertThat(PrivacyLaw.CA.respondDays()).isEqualTo(45);
        assertThat(PrivacyLaw.CA.extensionDays()).isEqualTo(45);
        assertThat(PrivacyLaw.CA.responseDue(received)).isEqualTo(day("2027-01-04"));
        assertThat(PrivacyLaw.CA.extendedDue(received)).isEqualTo(day("2027-02-18"));
        assertThat(PrivacyLaw.CA.extendedDue(received)).isEqualTo(received.plusDays(90));
    }

    @Test
    void californiaConfirmsReceiptWithinTenBusinessDaysSkippingThanksgiving() {
        // From Friday 2026-11-20: Nov 23, 24, 25, (26 Thanksgiving), 27, 30, Dec 1, 2, 3, 4, 7.
        assertThat(PrivacyLaw.CA.confirmReceiptBusinessDays()).hasValue(10);
        assertThat(PrivacyLaw.CA.confirmReceiptDue(day("2026-11-20"))).contains(day("2026-12-07"));
    }

    @Test
    void onlyCaliforniaHasAConfirmReceiptClock() {
        for (PrivacyLaw law : PrivacyLaw.values()) {
            if (law != PrivacyLaw.CA) {
                assertThat(law.confirmReceiptBusinessDays()).as(law.name()).isEmpty();
                assertThat(law.confirmReceiptDue(day("2026-11-20"))).as(law.name()).isEmpty();
            }
        }
    }

    @Test
    void iowaAllows90DaysPlus45() {
        LocalDate received = day("2026-11-20");
        assertThat(PrivacyLaw.IA.respondDays()).isEqualTo(90);
        assertThat(PrivacyLaw.IA.responseDue(received)).isEqualTo(day("2027-02-18"));
        assertThat(PrivacyLaw.IA.extendedDue(received)).isEqualTo(day("2027-04-04"));
    }

    @Test
    void otherUsLawsAllow45DaysPlus45() {
        for (PrivacyLaw law : PrivacyLaw.values()) {
            if (law != PrivacyLaw.IA && law != PrivacyLaw.GDPR) {
                assertThat(law.respondDays()).as(law.name()).isEqualTo(45);
                assertThat(law.extensionDays()).as(law.name()).isEqualTo(45);
                assertThat(law.responseDue(day("2026-03-01"))).as(law.name()).isEqualTo(day("2026-04-15"));
            }
        }
    }

    @Test
    void gdprCountsInMonths() {
        assertThat(PrivacyLaw.GDPR.responseDue(day("2027-01-31"))).isEqualTo(day("2027-02-28"));
        assertThat(PrivacyLaw.GDPR.responseDue(day("2028-01-31"))).isEqualTo(day("2028-02-29"));
        assertThat(PrivacyLaw.GDPR.responseDue(day("2026-11-20"))).isEqualTo(day("2026-12-20"));
        // Three months from receipt, not one month and then two more (which would give April 28).
        assertThat(PrivacyLaw.GDPR.extendedDue(day("2027-01-31"))).isEqualTo(day("2027-04-30"));
        assertThat(PrivacyLaw.GDPR.respondDays()).isZero();
        assertThat(PrivacyLaw.GDPR.extensionDays()).isZero();
    }

    @Test
    void lawsAreFoundByStateInAnyCase() {
        assertThat(PrivacyLaw.forState("ca")).contains(PrivacyLaw.CA);
        assertThat(PrivacyLaw.forState("CA")).contains(PrivacyLaw.CA);
        assertThat(PrivacyLaw.forState(" tx ")).contains(PrivacyLaw.TX);
        assertThat(PrivacyLaw.forState("NY")).isEmpty();
        assertThat(PrivacyLaw.forState("FL")).isEmpty();
        assertThat(PrivacyLaw.forState(null)).isEmpty();
        assertThat(PrivacyLaw.forState("")).isEmpty();
        assertThat(PrivacyLaw.forState("  ")).isEmpty();
        assertThat(PrivacyLaw.forState("GDPR")).isEmpty();
        for (PrivacyLaw law : PrivacyLaw.values()) {
            if (law.state() != null) {
                assertThat(PrivacyLaw.forState(law.state())).contains(law);
            }
        }
    }

    @Test
    void everyLawIsCompleteAndEveryStateAppearsOnce() {
        assertThat(PrivacyLaw.values()).hasSize(20);
        for (PrivacyLaw law : PrivacyLaw.values()) {
            assertThat(law.shortName()).as(law.name()).isNotBlank();
            assertThat(law.deleteSection()).as(law.name()).isNotBlank();
            if (law != PrivacyLaw.GDPR) {
                assertThat(law.state()).as(law.name()).isEqualTo(law.name()).hasSize(2);
            }
        }
        assertThat(PrivacyLaw.GDPR.state()).isNull();
        assertThat(PrivacyLaw.CA.deleteSection()).isEqualTo("Cal. Civ. Code 1798.105");
        assertThat(PrivacyLaw.VA.deleteSection()).isEqualTo("Va. Code 59.1-577");
        assertThat(PrivacyLaw.GDPR.deleteSection()).isEqualTo("GDPR Art. 17");
    }

    @Test
    void onlyCaliforniaAndGdprLetAnAgentRequestDeletion() {
        assertThat(Arrays.stream(PrivacyLaw.values()).filter(PrivacyLaw::agentMayRequestDeletion))
                .containsExactlyInAnyOrder(PrivacyLaw.CA, PrivacyLaw.GDPR);
    }
}
