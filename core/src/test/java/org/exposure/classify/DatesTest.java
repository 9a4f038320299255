package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1970-02-01|1970-02-01",
      "01-02-1970|1970-02-01",
      "1-2-1970|1970-02-01",
      "01/02/1970|1970-02-01",
      "01.02.1970|1970-02-01",
      "19700201|1970-02-01",
      "1970-02-01T10:15:00|1970-02-01",
      "01-02-1970 10:15|1970-02-01",
      "29-02-2024|2024-02-29",
      "' 1970-02-01 '|1970-02-01",
      "30-Jan-2024|2024-01-30",
      "3 mrt 2024|2024-03-03",
      "3 Maart 2024|2024-03-03",
      "30 jan. 2024|2024-01-30",
      "1/oct/1999|1999-10-01",
      "25 juillet 1968|1968-07-25",
      "1er mars 1975|1975-03-01",
      "3. März 1980|1980-03-03",
      "12 févr. 1990|1990-02-12",
      "2nd March 1977|1977-03-02",
      "15 dicembre 1984|1984-12-15",
      "24011995|1995-01-24",
      // Two-digit years as German and Irish systems write them, read as spreadsheets do.
      "22.10.19|2019-10-22",
      "1-2-70|1970-02-01",
      "3 jan 24|2024-01-03",
      "15-Jan-19|2019-01-15",
      "04.03.29|2029-03-04",
      "04.03.30|1930-03-04",
      // Month first where the second number cannot be a month; a time of day after a month's name.
      "04/22/1969|1969-04-22",
      "02/16/2019|2019-02-16",
      "01-Jan-2019 08:20|2019-01-01",
      "17-Apr-1952|1952-04-17",
      // A month and a year alone: the month's first day.
      "02/2019|2019-02-01",
      "3-2021|2021-03-01",
      // SAS's DATE9 and DATETIME, as registries and claims warehouses export dates
      "05JAN2019|2019-01-05",
      "05JAN2019:00:00:00|2019-01-05",
      "29feb2020:13:45:10|2020-02-29"})
  void readsIsoDutchCompactAndMonthNameDates(String value, String expected) {
    assertThat(Dates.parse(value)).contains(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "31-04-2020", "29-02-2023", "2020-13-01", "00-01-2020", "1-2-170",
      "01-02-1700", "123456782", "Kerkstraat 12", "2020-01-01X", "01-02/1970", "12345678",
      "3 foo 2024", "123 jan 2024", "3 jan 204", "3 jan", "3 jan 2024 extra", "31 apr 2024",
      "3  2024", "1xx mars 1975", "er mars 1975", "12th foo 2020", "31FEB2019", "05XYZ2019",
      "05JAN20190", "05JAN2019X00"})
  void rejectsImpossibleOrUnknownForms(String value) {
    assertThat(Dates.parse(value)).isEmpty();
  }
}
