package org.exposure.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exposure.model.UnusableSourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Prose is skipped with what it is; tables of one column, or of long remarks, are read. */
class ProseTest {
  @TempDir Path dir;

  private static final String README = """
      # Lab export tool

      This folder holds the scripts that write the monthly export for the screening
      programme. Run them from the project root, after the database backup has finished.

      ## Usage

      - Set the connection string in the config file.
      - Run `export.sh` and wait for the summary line.
      """;

  private static final String LICENCE = """
      MIT License

      Copyright (c) 2024 Example Authors

      Permission is hereby granted, free of charge, to any person obtaining a copy
      of this software and associated documentation files (the "Software"), to deal
      in the Software without restriction, including without limitation the rights
      to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
      copies of the Software, and to permit persons to whom the Software is
      furnished to do so, subject to the following conditions:
      """;

  private static final String MAIL = """
      From: Jan Jansen <jan@example.org>
      To: privacy@example.org
      Subject: export van vorige week
      Date: Mon, 3 Mar 2025 10:12:00 +0100

      Beste collega,

      Hierbij het bestand waar we het gisteren over hadden, met de uitslagen van
      de afgelopen maand. Laat maar weten als er iets niet klopt.

      Groet, Jan
      """;

  private static final String NOTES = """
      Notes from the meeting about the incident, written down afterwards by the team.
      The export was found on a shared drive that was open to everyone in the building,
      and nobody knows how long it was there; we will check the logs tomorrow morning.

      Next steps: inform the officer and list the files that were on the drive.
      """;

  private static final String ONE_COLUMN_IDS = "bsn\n123456782\n111222333\n999999990\n";
  private static final String ONE_COLUMN_REMARKS = """
      opmerking
      "Patiënte belt terug voor de uitslag, graag na 14:00 bellen, niet eerder."
      "Herhaling over zes maanden afgesproken met de huisarts, brief is verstuurd."
      "Geen bijzonderheden, monster goed ontvangen en op tijd beoordeeld door het lab."
      """;
  private static final String REMARKS_TABLE = """
      id;naam;opmerking
      1;Jansen;"Patiënte belt terug voor de uitslag; graag na 14:00 bellen, niet eerder
      want dan is ze aan het werk. Zie ook het vorige bericht."
      2;de Vries;"Herhaling over zes maanden afgesproken met de huisarts, brief is verstuurd."
      3;Bakker;"Geen bijzonderheden, monster goed ontvangen en op tijd beoordeeld."
      """;
  private static final String NAMES_ONE_COLUMN = "Jan de Vries\nAnna Bakker\nSophie Smit\n";

  @ParameterizedTest
  @ValueSource(strings = {"readme", "licence", "mail", "notes"})
  void proseIsSkippedWithWhatItIs(String name) throws IOException {
    String text = switch (name) {
      case "readme" -> README;
      case "licence" -> LICENCE;
      case "mail" -> MAIL;
      default -> NOTES;
    };
    Path file = Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CsvExtract.open(file, name + ".txt"))
        .isInstanceOf(UnusableSourceException.class)
        .hasMessageContaining(switch (name) {
          case "readme" -> "looks like a Markdown document, not an extract";
          case "mail" -> "looks like an e-mail saved as text";
          default -> "looks like plain text (paragraphs of sentences)";
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"ids", "remarks", "table", "names"})
  void tablesOfOneColumnOrOfLongRemarksAreRead(String name) throws IOException {
    String text = switch (name) {
      case "ids" -> ONE_COLUMN_IDS;
      case "remarks" -> ONE_COLUMN_REMARKS;
      case "table" -> REMARKS_TABLE;
      default -> NAMES_ONE_COLUMN;
    };
    Path file = Files.writeString(dir.resolve(name + ".csv"), text, StandardCharsets.UTF_8);
    CsvExtract extract = CsvExtract.open(file, name + ".csv");
    assertThat(extract.header()).isNotEmpty();
  }

  @Test
  void aShortReadmeWhoseSentencesSplitEvenlyAtCommasIsProse() {
    String readme = "# Export\n\nThis folder holds the monthly export of the lab, written by the "
        + "nightly job\nafter the database backup; the workbook is the one to assess, the rest "
        + "are notes.\n";
    assertThat(Prose.kindOf(readme, ',')).isEqualTo("a Markdown document");
    assertThat(Prose.kindOf("Export 2024\nbsn,naam\n111222333,Anna Jansen\n", ',')).isNull();
  }

  @Test
  void aLoneLineIsNotJudged() {
    assertThat(Prose.kindOf("Dit is een hele lange zin met veel woorden erin.", ',')).isNull();
  }
}
