package org.exposure.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Built-in word lists for the synthetic cohort: common Dutch names, streets, cities with their
 * postcode ranges and GP practice names.
 *
 * <p>Lists are ordered roughly from common to rare and are drawn with {@link WeightedIndex#zipf}.
 * Every string is encodable in windows-1252 (no "ı" or "ş"), because Dutch Excel exports use that
 * code page and an unmappable character would turn into "?".
 */
final class DutchData {

  private DutchData() {
  }

  /** Given names of women born 1960-1995 in the Netherlands, incl. migrant backgrounds. */
  static final String[] GIVEN_NAMES = {
    "Linda", "Maria", "Sandra", "Monique", "Anja", "Petra", "Marieke", "Esther", "Ingrid", "Wendy",
    "Kim", "Anna", "Sanne", "Laura", "Nicole", "Karin", "Marloes", "Femke", "Anouk", "Bianca",
    "Saskia", "Miranda", "Suzanne", "Chantal", "Yvonne", "Patricia", "Jolanda", "Astrid", "Manon", "Ilse",
    "Lisa", "Iris", "Eva", "Anne", "Judith", "Mirjam", "Inge", "Marjolein", "Annemieke", "Hanneke",
    "Jacqueline", "Ellen", "Carla", "Natasja", "Jessica", "Melanie", "Nienke", "Maaike", "Janneke", "Fleur",
    "Lotte", "Charlotte", "Sophie", "Merel", "Kirsten", "Daniëlle", "Mariëlle", "Wilma", "Gerda", "Tineke",
    "Annette", "Margreet", "Marian", "Heleen", "Evelien", "Martine", "Angela", "Diana", "Sylvia", "Ineke",
    "Marleen", "Dorien", "Rianne", "Tamara", "Mandy", "Kelly", "Stephanie", "Renée", "Esmée", "Fatima",
    "Samira", "Naima", "Khadija", "Elif", "Zeynep", "Ayse", "Priscilla", "Shanti", "Zoë", "Chloë",
    "Noëlle", "Anaïs", "Inés", "Desirée", "Thérèse", "Joke", "Roos", "Lieke", "Nathalie", "Agnieszka",
  };

  /**
   * Initials of further official given names (Maria, Johanna, Anna, Cornelia, ...): Dutch
   * voorletters list all official names, e.g. "J.P.M.".
   */
  static final char[] EXTRA_INITIALS = {'M', 'J', 'A', 'C', 'E', 'H', 'W', 'G', 'P', 'T', 'F', 'L', 'B', 'R', 'S'};
  static final int[] EXTRA_INITIAL_WEIGHTS = {20, 15, 12, 12, 8, 8, 6, 5, 5, 3, 2, 2, 2, 2, 2};

  /** Family names with a tussenvoegsel: {prefix, name}. About 30% of the population. */
  static final String[][] PREFIXED_FAMILY_NAMES = {
    {"de", "Jong"}, {"de", "Vries"}, {"van den", "Berg"}, {"van", "Dijk"}, {"de", "Boer"},
    {"de", "Groot"}, {"van", "Leeuwen"}, {"de", "Wit"}, {"de", "Graaf"}, {"van der", "Meer"},
    {"van der", "Linden"}, {"de", "Haan"}, {"van den", "Heuvel"}, {"van der", "Veen"}, {"van den", "Broek"},
    {"de", "Bruijn"}, {"de", "Bruin"}, {"van der", "Heijden"}, {"van", "Beek"}, {"van", "Vliet"},
    {"van de", "Ven"}, {"van", "Dam"}, {"van der", "Wal"}, {"de", "Jonge"}, {"van", "Veen"},
    {"van den", "Brink"}, {"van", "Wijk"}, {"de", "Ruiter"}, {"van", "Loon"}, {"van der", "Velde"},
    {"de", "Lange"}, {"de", "Vos"}, {"van", "Dongen"}, {"de", "Koning"}, {"van der", "Laan"},
    {"van der", "Velden"}, {"van", "Doorn"}, {"van den", "Bosch"}, {"van der", "Meulen"}, {"van der", "Horst"},
    {"van de", "Pol"}, {"de", "Leeuw"}, {"ter", "Horst"}, {"ter", "Beek"}, {"in 't", "Veld"},
    {"van 't", "Hof"}, {"den", "Hartog"}, {"van", "Rijn"}, {"van", "Es"}, {"van", "Os"},
    {"'t", "Hart"}, {"op den", "Kamp"}, {"van", "Zanten"}, {"van", "Gils"}, {"ten", "Cate"},
    {"van", "Hoof"}, {"van", "Wijngaarden"}, {"de", "Clercq"}, {"van", "Vugt"}, {"ter", "Haar"},
  };

  /** Family names without a tussenvoegsel. */
  static final String[] PLAIN_FAMILY_NAMES = {
    "Jansen", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters",
    "Hendriks", "Dekker", "Brouwer", "Dijkstra", "Smits", "Kok", "Jacobs", "Vermeulen", "Schouten", "Willems",
    "Hoekstra", "Maas", "Verhoeven", "Koster", "Prins", "Blom", "Huisman", "Peeters", "Kuipers", "Post",
    "Kuiper", "Veenstra", "Kramer", "Scholten", "Postma", "Martens", "Vink", "Timmermans", "Groen", "Gerritsen",
    "Jonker", "Boer", "Willemsen", "Smeets", "Bosch", "Schipper", "Koning", "Driessen", "Hermans", "Evers",
    "Hofman", "Bosman", "Wolters", "Sanders", "Mol", "Kuijpers", "Molenaar", "Verbeek", "Hoogendoorn", "Vonk",
    "Claassen", "Koopman", "Wouters", "Verschuren", "Zwart", "Wijnen", "Goossens", "Aarts", "Lammers", "Heijnen",
    "Steenbergen", "Hoogland", "Bouwman", "Rutten", "Kamphuis", "Geerts", "Cornelissen", "Kooistra", "Zijlstra", "Boersma",
    "Wiersma", "Yilmaz", "Çelik", "Kaya", "Öztürk", "Demir", "Bouzid", "El Idrissi", "Ramdin", "Nguyen",
    "Müller", "Tjon", "Ramcharan", "Pinas", "Kowalski",
  };

  /** Street names common all over the country. */
  static final String[] STREETS = {
    "Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenstraat", "Stationsweg", "Julianastraat",
    "Wilhelminastraat", "Beatrixstraat", "Emmastraat", "Nieuwstraat", "Hoofdstraat", "Markt",
    "Kastanjelaan", "Eikenlaan", "Beukenlaan", "Lindenlaan", "Berkenlaan", "Populierenlaan",
    "Rozenstraat", "Tulpstraat", "Irisstraat", "Sportlaan", "Parkweg", "Industrieweg",
    "Oranjestraat", "Prins Bernhardstraat", "Prinses Irenestraat", "Koningin Julianaweg", "Burgemeester de Withstraat", "Vondelstraat",
    "Rembrandtlaan", "Mozartlaan", "Beethovenstraat", "Van Goghstraat", "Thorbeckestraat", "Kennedylaan",
    "Churchilllaan", "Graaf Florisstraat", "Marktstraat", "Havenstraat", "Zuiderweg", "Noordweg",
    "Westeinde", "Oosteinde", "Achterweg", "Kanaalweg", "Dijkweg", "Veldweg",
    "Weverstraat", "Smidsstraat", "Bakkerstraat", "Mr. Troelstralaan", "Dr. Schaepmanstraat", "Plein 1944",
    "Merelstraat", "Lijsterlaan", "Zwaluwstraat", "Meidoornlaan", "Esdoornstraat", "Wilgenlaan",
    "Hortensialaan", "Seringenstraat", "Anjerstraat", "Lelystraat", "Ruysdaelstraat", "Vermeerstraat",
    "Frans Halsstraat", "Gildestraat", "Raadhuisstraat", "Boschweg",
  };

  /** A Dutch city with the range of its 4-digit postcode (PC4) numbers. */
  record City(String name, int pc4From, int pc4To, int weight) {
  }

  /** About 45 cities; weight ~ inhabitants in thousands, PC4 ranges approximate. */
  static final List<City> CITIES = List.of(
    new City("Amsterdam", 1011, 1109, 930),
    new City("Rotterdam", 3011, 3089, 670),
    new City("'s-Gravenhage", 2491, 2597, 560),
    new City("Utrecht", 3511, 3585, 370),
    new City("Eindhoven", 5611, 5658, 240),
    new City("Groningen", 9711, 9747, 240),
    new City("Tilburg", 5011, 5049, 230),
    new City("Almere", 1311, 1364, 220),
    new City("Breda", 4811, 4839, 190),
    new City("Nijmegen", 6511, 6546, 185),
    new City("Apeldoorn", 7311, 7339, 165),
    new City("Arnhem", 6811, 6846, 165),
    new City("Haarlem", 2011, 2037, 165),
    new City("Enschede", 7511, 7548, 160),
    new City("Amersfoort", 3811, 3829, 160),
    new City("Zaandam", 1501, 1509, 160),
    new City("'s-Hertogenbosch", 5211, 5249, 160),
    new City("Zwolle", 8011, 8043, 130),
    new City("Leiden", 2311, 2334, 125),
    new City("Zoetermeer", 2711, 2729, 125),
    new City("Leeuwarden", 8911, 8939, 125),
    new City("Maastricht", 6211, 6229, 120),
    new City("Dordrecht", 3311, 3329, 120),
    new City("Ede", 6711, 6718, 120),
    new City("Alphen aan den Rijn", 2401, 2409, 115),
    new City("Alkmaar", 1811, 1834, 110),
    new City("Emmen", 7811, 7828, 107),
    new City("Delft", 2611, 2629, 105),
    new City("Venlo", 5911, 5928, 102),
    new City("Deventer", 7411, 7429, 101),
    new City("Helmond", 5701, 5709, 93),
    new City("Oss", 5341, 5349, 93),
    new City("Heerlen", 6411, 6422, 87),
    new City("Hilversum", 1211, 1223, 92),
    new City("Hengelo", 7551, 7559, 81),
    new City("Purmerend", 1441, 1448, 93),
    new City("Schiedam", 3111, 3125, 80),
    new City("Lelystad", 8211, 8245, 80),
    new City("Roosendaal", 4701, 4709, 78),
    new City("Hoorn", 1621, 1628, 74),
    new City("Gouda", 2801, 2809, 75),
    new City("Assen", 9401, 9409, 69),
    new City("Den Helder", 1781, 1789, 56),
    new City("Middelburg", 4331, 4338, 49),
    new City("Vlissingen", 4381, 4389, 45));

  /** Letters used in postcodes: F, I, O, Q, U and Y never appear there. */
  private static final String POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ";

  /**
   * Every allowed letter pair of a postcode. SA, SD and SS are not issued (their wartime
   * connotations), so they are left out here.
   */
  static final String[] POSTCODE_LETTER_PAIRS = postcodeLetterPairs();

  private static String[] postcodeLetterPairs() {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < POSTCODE_LETTERS.length(); i++) {
      for (int j = 0; j < POSTCODE_LETTERS.length(); j++) {
        String pair = "" + POSTCODE_LETTERS.charAt(i) + POSTCODE_LETTERS.charAt(j);
        if (!pair.equals("SA") && !pair.equals("SD") && !pair.equals("SS")) {
          pairs.add(pair);
        }
      }
    }
    return pairs.toArray(new String[0]);
  }

  /** Names GP practices give themselves (after "Huisartsenpraktijk" or "Gezondheidscentrum"). */
  static final String[] PRACTICE_NAMES = {
    "De Linde", "De Eik", "De Brink", "'t Hofje", "Het Anker", "De Vaart", "De Molen", "Centrum",
    "Noord", "Oost", "Zuid", "West", "De Poort", "Het Kruispunt", "De Kastanje", "De Boog",
    "Stadshart", "De Horst", "Molenhoek", "De Weide", "Het Park", "De Es", "De Akker", "Lindehof",
    "Zonnehof", "De Kroon", "Het Baken", "De Schakel", "Vaartsche Rijn", "De Bongerd",
  };
}
