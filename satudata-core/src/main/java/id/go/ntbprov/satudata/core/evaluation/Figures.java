package id.go.ntbprov.satudata.core.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * The evaluation figures of one period, for the whole region or one agency. Definitions (window =
 * the evaluated quarter or year, in the region's time zone; scope = items of that year's data list
 * agreed by the forum):
 *
 * @param itemsAgreed scope items agreed by the end of the window
 * @param itemsAvailable scope items checked AVAILABLE
 * @param itemsPartlyAvailable scope items checked PARTLY available
 * @param itemsNotAvailable scope items checked NOT_AVAILABLE
 * @param itemsUploaded scope items with at least one version uploaded in the window
 * @param versionsUploaded versions uploaded in the window
 * @param conformantAtFirstCheck series (item and data period) whose first check decision ever fell
 *     in the window and accepted the data
 * @param returned returns to producers in the window
 * @param validated versions validated in the window
 * @param published versions published in the window
 * @param itemsPublished scope items with a version published before the window's end and not
 *     withdrawn by then
 * @param coverage itemsPublished / itemsAgreed, 4 decimals (0 without agreed items)
 * @param medianValidationToPublication median time from validation to publication of the versions
 *     published in the window (mean of the two middle values for an even count)
 * @param worstValidationToPublication the longest of those times
 * @param medianPeriodEndToPublication median time from the close of the data's period to
 *     publication, same versions
 * @param worstPeriodEndToPublication the longest of those times
 * @param timeStandardBreaches breaches whose deadline fell in the window
 * @param statementLetters statement letters registered in the window
 * @param validationLetters validation letters registered in the window
 */
public record Figures(
    int itemsAgreed,
    int itemsAvailable,
    int itemsPartlyAvailable,
    int itemsNotAvailable,
    int itemsUploaded,
    int versionsUploaded,
    int conformantAtFirstCheck,
    int returned,
    int validated,
    int published,
    int itemsPublished,
    BigDecimal coverage,
    Optional<Duration> medianValidationToPublication,
    Optional<Duration> worstValidationToPublication,
    Optional<Duration> medianPeriodEndToPublication,
    Optional<Duration> worstPeriodEndToPublication,
    int timeStandardBreaches,
    int statementLetters,
    int validationLetters) {}
