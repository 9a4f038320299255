package org.exposure.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationListTest {
  @TempDir Path dir;

  /** A file name may hold a line break, a comma or a quote; the row stays one row. */
  @Test
  void contactColumnsJoinRowsWhoseLocationsHoldLineBreaks() throws IOException {
    Path list = dir.resolve(NotificationList.FILE_NAME);
    String location = "\"in/lab\nexposure: done, \"\"nothing\"\" found.csv:12\"";
    Files.writeString(list, "subject,level,se,harms,records,locations\r\n"
        + "k1,HIGH,3.5,IDENTITY_FRAUD,1," + location + "\r\n"
        + "k2,HIGH,3.5,IDENTITY_FRAUD,1,in/other.csv:3\r\n", UTF_8);
    List<String> header = List.of("full_name", "given_name", "phone");
    NotificationList.addContactColumns(list, dir.resolve("list.tmp"), header,
        Map.of("k1", List.of("=Anna de Vries", "", "")));

    List<CSVRecord> rows;
    try (CSVParser parser = CSVParser.parse(list, UTF_8, CSVFormat.DEFAULT)) {
      rows = parser.getRecords();
    }
    assertThat(rows).hasSize(3);
    int columns = 6 + header.size();
    assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(columns));
    assertThat(rows.get(1).get(5)).isEqualTo("in/lab\nexposure: done, \"nothing\" found.csv:12");
    assertThat(rows.get(1).get(6)).isEqualTo("'=Anna de Vries"); // never a formula
    assertThat(rows.get(2).get(0)).isEqualTo("k2");
    assertThat(rows.get(2).get(6)).isEmpty();
    assertThat(rows.get(0).get(8)).isEqualTo("phone");
  }

  @Test
  void rowsAreGuardedAgainstFormulas() {
    assertThat(RowPrinter.guarded("=1+1")).isEqualTo("'=1+1");
    assertThat(RowPrinter.guarded("+31")).isEqualTo("'+31");
    assertThat(RowPrinter.guarded("-2")).isEqualTo("'-2");
    assertThat(RowPrinter.guarded("@a")).isEqualTo("'@a");
    assertThat(RowPrinter.guarded("\tx")).isEqualTo("'\tx");
    assertThat(RowPrinter.guarded("\rx")).isEqualTo("'\rx");
    assertThat(RowPrinter.guarded("a=b")).isEqualTo("a=b");
    assertThat(RowPrinter.guarded("")).isEmpty();
  }
}
