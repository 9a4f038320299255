package org.exposure.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which cells of a breakdown the reports withhold. */
class SmallCellsTest {
  private static Map<String, Long> cells(long... counts) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      map.put("c" + i, counts[i]);
    }
    return map;
  }

  private static List<String> withheld(Map<String, SmallCells.Cell> cells) {
    return cells.entrySet().stream().filter(e -> e.getValue().withheld()).map(Map.Entry::getKey)
        .toList();
  }

  @Test
  void aLoneSmallCellTakesTheNextSmallestNonZeroCellWithIt() {
    // 100 subjects: "< 5" for c1 would be 100 - 97 if c2 were shown.
    assertThat(withheld(SmallCells.publish(cells(0, 3, 97, 0), true))).containsExactly("c1", "c2");
    assertThat(withheld(SmallCells.publish(cells(50, 3, 20, 20, 7), true)))
        .containsExactly("c1", "c4");
  }

  @Test
  void onATieTheFirstCellInTheBreakdownsOrderGoes() {
    assertThat(withheld(SmallCells.publish(cells(20, 3, 20), true))).containsExactly("c0", "c1");
  }

  @Test
  void aSmallCellThatIsTheWholeTotalTakesAZeroWithIt() {
    assertThat(withheld(SmallCells.publish(cells(0, 0, 3, 0), true))).containsExactly("c0", "c2");
  }

  @Test
  void twoSmallCellsTakeAPartnerUntilTheyHideTenSubjects() {
    // Total minus shown = 2 would make both 1; 3 + 2 + 5 = 10 can be split many ways.
    assertThat(withheld(SmallCells.publish(cells(90, 1, 1, 20, 30), true)))
        .containsExactly("c1", "c2", "c3");
    assertThat(withheld(SmallCells.publish(cells(90, 3, 2, 5), true)))
        .containsExactly("c1", "c2", "c3");
  }

  @Test
  void aSmallCellAndAPartnerOfFiveTakeAnother() {
    // 1 + 5 = 6 with a partner of at least 5 could only be 1 and 5.
    assertThat(withheld(SmallCells.publish(cells(50, 1, 5, 20, 7), true)))
        .containsExactly("c1", "c2", "c4");
  }

  @Test
  void whenTheNonZeroCellsRunOutZerosAreWithheldUntilTwoAre() {
    assertThat(withheld(SmallCells.publish(cells(0, 3, 4, 0), true))).containsExactly("c1", "c2");
    assertThat(withheld(SmallCells.publish(cells(0, 0, 1, 6), true))).containsExactly("c2", "c3");
  }

  @Test
  void withoutAPublishedTotalOnlySmallCellsAreWithheld() {
    assertThat(withheld(SmallCells.publish(cells(0, 3, 97), false))).containsExactly("c1");
  }

  @Test
  void aSmallCellAndItsPartnerArePublishedAlike() {
    Map<String, SmallCells.Cell> published = SmallCells.publish(cells(3, 97), true);
    assertThat(published.get("c0")).isEqualTo(new SmallCells.Cell(3, true));
    assertThat(published.get("c1")).isEqualTo(new SmallCells.Cell(97, true));
  }
}
