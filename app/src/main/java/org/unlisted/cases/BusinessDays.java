package org.unlisted.cases;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Business-day arithmetic for legal clocks that count in business days (California's 10-day
 * receipt confirmation, for example).
 *
 * <p>A business day is Monday to Friday and not a US federal holiday. The laws do not say whose
 * holidays count, and state holiday lists differ (some states add days, some skip Columbus Day).
 * Federal holidays are the common reading, since federal offices, banks and most businesses close
 * on them, and the conservative one: a deadline is not called passed over a day the broker could
 * fairly claim as a holiday. Against one state's own list a date may still be a day off, which a
 * letter should allow for. Holidays are worked out by rule, so any year works; Inauguration Day,
 * a holiday only around Washington DC, is left out.
 */
public final class BusinessDays {
    private BusinessDays() {}

    /** True for Monday to Friday, unless the day is a federal holiday as observed. */
    public static boolean isBusinessDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isFederalHoliday(day);
    }

    /**
     * The day {@code businessDays} business days after {@code start}. The start day itself never
     * counts (a request received on Friday has its first business day on Monday), so
     * {@code add(start, 0)} is {@code start}, whatever day that is.
     *
     * @throws IllegalArgumentException if {@code businessDays} is negative
     */
    public static LocalDate add(LocalDate start, int businessDays) {
        if (businessDays < 0) {
            throw new IllegalArgumentException("businessDays must not be negative: " + businessDays);
        }
        LocalDate day = start;
        for (int left = businessDays; left > 0; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * True if federal offices are closed for a holiday on this day: the holiday itself, or the
     * weekday it is observed on when a fixed-date holiday falls on a weekend.
     */
    public static boolean isFederalHoliday(LocalDate day) {
        // New Year's Day on a Saturday is observed on December 31 of the year before, so a
        // December day may belong to next year's list.
        return holidays(day.getYear()).contains(day)
                || (day.getMonth() == Month.DECEMBER && holidays(day.getYear() + 1).contains(day));
    }

    /** The federal holidays of one year, each as its actual date and (if different) its observed date. */
    private static Set<LocalDate> holidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        addFixed(days, LocalDate.of(year, Month.JANUARY, 1));
        days.add(nth(year, Month.JANUARY, 3, MONDAY)); // Martin Luther King Jr. Day
        days.add(nth(year, Month.FEBRUARY, 3, MONDAY)); // Washington's Birthday
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(MONDAY))); // Memorial Day
        if (year >= 2021) { // Juneteenth became a federal holiday in June 2021
            addFixed(days, LocalDate.of(year, Month.JUNE, 19));
        }
        addFixed(days, LocalDate.of(year, Month.JULY, 4));
        days.add(nth(year, Month.SEPTEMBER, 1, MONDAY)); // Labor Day
        days.add(nth(year, Month.OCTOBER, 2, MONDAY)); // Columbus Day
        addFixed(days, LocalDate.of(year, Month.NOVEMBER, 11)); // Veterans Day
        days.add(nth(year, Month.NOVEMBER, 4, THURSDAY)); // Thanksgiving
        addFixed(days, LocalDate.of(year, Month.DECEMBER, 25));
        return days;
    }

    /** A fixed-date holiday on Saturday is observed on Friday, on Sunday on Monday. */
    private static void addFixed(Set<LocalDate> days, LocalDate holiday) {
        days.add(holiday);
        switch (holiday.getDayOfWeek()) {
            case SATURDAY -> days.add(holiday.minusDays(1));
            case SUNDAY -> days.add(holiday.plusDays(1));
            default -> { }
        }
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek dow) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }
}
