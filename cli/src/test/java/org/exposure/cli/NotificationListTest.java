package org.exposure.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
    String location = NotificationList.cell("in/lab\nexposure: done, \"nothing\" found.csv:12");
    Files.writeString(list, "subject,level,se,harms,records,locations\r\n"
        + "k1,HIGH,3.5,IDENTITY_FRAUD,1," + location + "\r\n"
        + "k2,HIGH,3.5,IDENTITY_FRAUD,1,in/other.csv:3\r\n", UTF_8);
    String[] details = new String[ContactColumns.TYPES.size()];
    Arrays.fill(details, "");
    details[0] = "=Anna de Vries";
    NotificationList.addContactColumns(list, Map.of("k1", details));

    List<CSVRecord> rows;
    try (CSVParser parser = CSVParser.parse(list, UTF_8, CSVFormat.DEFAULT)) {
      rows = parser.getRecords();
    }
    assertThat(rows).hasSize(3);
    int columns = 6 + ContactColumns.TYPES.size();
    assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(columns));
    assertThat(rows.get(1).get(5)).isEqualTo("in/lab\nexposure: done, \"nothing\" found.csv:12");
    assertThat(rows.get(1).get(6)).isEqualTo("'=Anna de Vries"); // never a formula
    assertThat(rows.get(2).get(0)).isEqualTo("k2");
    assertThat(rows.get(2).get(6)).isEmpty();
  }
}
