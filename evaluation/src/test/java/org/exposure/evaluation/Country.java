package org.exposure.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * The ten countries of the corpus, each with its own conventions for identifiers, postcodes, phone
 * numbers and addresses (public numbering plans; fictional ranges where one is reserved for drama or
 * tests). Names and streets are common words combined at random: no real person or address is meant.
 */
enum Country {
  NL(List.of("Anna", "Sanne", "Lotte", "Marieke", "Femke", "Esther", "Ingrid", "Monique", "Petra",
      "Wilma", "Yvonne", "Sabine", "Joke", "Annemarie", "Linda", "Fatima", "Nadia", "Eva", "Iris",
      "Kim", "Noor", "Lieke", "Renate", "Marloes"),
      List.of("Jan", "Pieter", "Kees", "Mark", "Thijs", "Ahmed", "Bas", "Ruud"),
      List.of("Jansen", "Visser", "Bakker", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters",
          "Hendriks", "Dekker", "Brouwer", "Dijkstra", "Kok", "Jacobs", "Willems", "Koster",
          "Prins", "Huisman", "Kuipers", "Veenstra", "Yilmaz", "El Amrani", "Postma"),
      List.of("Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Schoolstraat", "Julianalaan",
          "Beatrixstraat", "Lindelaan", "Eikenlaan", "Havenkade", "Nieuwe Gracht", "Parallelweg"),
      List.of("Utrecht", "Zwolle", "Haarlem", "Leiden", "Delft", "Amersfoort", "Deventer", "Breda",
          "Tilburg", "Nijmegen", "Groningen", "Alkmaar", "Rijswijk", "Gouda", "Hoorn", "Assen"),
      List.of("Utrecht", "Overijssel", "Noord-Holland", "Zuid-Holland", "Noord-Brabant",
          "Gelderland", "Groningen", "Drenthe")),
  US(List.of("Abigail", "Emily", "Madison", "Olivia", "Hannah", "Ashley", "Samantha", "Grace",
      "Chloe", "Natalie", "Brianna", "Megan", "Lauren", "Rachel", "Jasmine", "Maria", "Alyssa",
      "Taylor", "Destiny", "Kayla"),
      List.of("James", "Michael", "Robert", "David", "Carlos", "Tyrone", "Kevin", "Brandon"),
      List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
          "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor",
          "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark"),
      List.of("Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Elm St", "Washington Blvd",
          "Park Rd", "Lakeview Dr", "Hillcrest Ave", "Sunset Blvd", "River Rd", "Pine St"),
      List.of("Springfield", "Worcester", "Lowell", "Cambridge", "Quincy", "Brockton",
          "New Bedford", "Lynn", "Newton", "Somerville", "Framingham", "Haverhill", "Waltham",
          "Malden", "Medford", "Taunton"),
      List.of("Massachusetts")),
  UK(List.of("Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Lily", "Freya",
      "Chloe", "Ella", "Charlotte", "Evie", "Poppy", "Jessica", "Ruby", "Harriet", "Imogen",
      "Priya", "Aisha"),
      List.of("Oliver", "George", "Harry", "Jack", "Rhys", "Callum", "Arjun", "Liam"),
      List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
          "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
          "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Hughes", "Edwards"),
      List.of("High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane",
          "Manor Road", "Park Avenue", "Queens Road", "Mill Lane", "The Crescent", "Kings Road",
          "Orchard Close"),
      List.of("Leeds", "Manchester", "Birmingham", "Bristol", "Sheffield", "Nottingham",
          "Leicester", "Cardiff", "Newcastle", "Liverpool", "Oxford", "Cambridge", "York",
          "Bradford", "Coventry", "Derby"),
      List.of("West Yorkshire", "Greater Manchester", "West Midlands", "Avon", "South Yorkshire",
          "Nottinghamshire")),
  BE(List.of("Emma", "Louise", "Marie", "Elise", "Lotte", "Julie", "Sarah", "Laura", "Charlotte",
      "Lena", "Hanne", "Nele", "Sofie", "An", "Els", "Griet", "Camille", "Manon", "Chloé", "Inès"),
      List.of("Lucas", "Arthur", "Noah", "Wout", "Pieter", "Mathis", "Thomas", "Jens"),
      List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
          "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Vermeulen",
          "Van Damme", "De Backer", "Hermans", "Michiels", "Desmet", "Lemmens", "Declercq", "Pauwels"),
      List.of("Kerkstraat", "Stationsstraat", "Rue de la Station", "Rue de l'Église", "Dorpsstraat",
          "Nieuwstraat", "Rue du Moulin", "Molenstraat", "Avenue Louise", "Schoolstraat",
          "Rue Haute", "Veldstraat"),
      List.of("Gent", "Antwerpen", "Leuven", "Brugge", "Mechelen", "Hasselt", "Kortrijk", "Aalst",
          "Liège", "Namur", "Charleroi", "Mons", "Wavre", "Tournai", "Genk", "Oostende"),
      List.of("Oost-Vlaanderen", "Antwerpen", "Vlaams-Brabant", "Limburg", "Liège", "Namur")),
  FR(List.of("Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Emma", "Julie", "Louise",
      "Clara", "Élodie", "Mathilde", "Pauline", "Céline", "Nathalie", "Sophie", "Amandine",
      "Margaux", "Océane", "Aurélie"),
      List.of("Lucas", "Hugo", "Louis", "Théo", "Nicolas", "Julien", "Antoine", "Karim"),
      List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
          "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
          "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier"),
      List.of("rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "rue Pasteur",
          "boulevard Gambetta", "rue du Moulin", "place de l'Église", "rue des Écoles",
          "chemin des Vignes", "allée des Tilleuls", "rue Nationale", "avenue de la Gare"),
      List.of("Lyon", "Toulouse", "Nantes", "Rennes", "Lille", "Bordeaux", "Montpellier",
          "Strasbourg", "Grenoble", "Dijon", "Angers", "Reims", "Brest", "Tours", "Limoges",
          "Amiens"),
      List.of("Rhône", "Haute-Garonne", "Loire-Atlantique", "Ille-et-Vilaine", "Nord", "Gironde")),
  DE(List.of("Anna", "Lena", "Lea", "Hannah", "Laura", "Julia", "Sarah", "Lisa", "Katharina",
      "Sophie", "Marie", "Johanna", "Sabine", "Petra", "Monika", "Ursula", "Birgit", "Jana",
      "Franziska", "Aylin"),
      List.of("Lukas", "Felix", "Jonas", "Maximilian", "Stefan", "Thomas", "Mehmet", "Tobias"),
      List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
          "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
          "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann"),
      List.of("Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße",
          "Bergstraße", "Lindenstraße", "Kirchweg", "Am Markt", "Goethestraße", "Ringstraße",
          "Mühlenweg"),
      List.of("Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart",
          "Düsseldorf", "Leipzig", "Dortmund", "Essen", "Bremen", "Dresden", "Hannover",
          "Nürnberg", "Münster", "Freiburg"),
      List.of("Bayern", "Nordrhein-Westfalen", "Hessen", "Sachsen", "Niedersachsen",
          "Baden-Württemberg")),
  IE(List.of("Aoife", "Siobhán", "Niamh", "Ciara", "Sinéad", "Róisín", "Orla", "Gráinne", "Emma",
      "Sarah", "Caoimhe", "Saoirse", "Clodagh", "Deirdre", "Aisling", "Méabh", "Fiona", "Una",
      "Eimear", "Nuala"),
      List.of("Seán", "Cian", "Darragh", "Oisín", "Conor", "Eoin", "Pádraig", "Liam"),
      List.of("Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor",
          "O'Neill", "O'Reilly", "Doyle", "McCarthy", "Gallagher", "Doherty", "Kennedy", "Lynch",
          "Murray", "Quinn", "Moore", "McLoughlin", "Nolan", "Keane", "Brennan", "Ní Bhriain"),
      List.of("Main Street", "Church Road", "Bridge Street", "Ard na Gréine", "Castle Street",
          "Strand Road", "Greenfield Park", "Bóthar na Trá", "Mill Lane", "College Road",
          "Abbey Street", "Fairgreen"),
      List.of("Dublin", "Cork", "Galway", "Limerick", "Waterford", "Drogheda", "Dundalk", "Swords",
          "Bray", "Navan", "Kilkenny", "Ennis", "Carlow", "Tralee", "Athlone", "Sligo"),
      List.of("Co. Dublin", "Co. Cork", "Co. Galway", "Co. Limerick", "Co. Waterford", "Co. Louth",
          "Co. Wicklow", "Co. Meath")),
  // The three countries below were added for the European part (EuropeanLayouts); they come after the
  // first seven so that those keep their output byte for byte.
  ES(List.of("María", "Lucía", "Carmen", "Laura", "Marta", "Ana", "Cristina", "Paula", "Elena",
      "Sara", "Isabel", "Nuria", "Raquel", "Pilar", "Rocío", "Silvia", "Beatriz", "Irene", "Alba",
      "Noelia"),
      List.of("Antonio", "José", "Manuel", "David", "Javier", "Daniel", "Carlos", "Alejandro"),
      List.of("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
          "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz",
          "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez"),
      List.of("Calle Mayor", "Calle Real", "Calle Nueva", "Avenida de la Constitución",
          "Plaza de España", "Calle del Sol", "Calle San Juan", "Avenida de Andalucía",
          "Calle de la Iglesia", "Calle Los Olivos", "Camino Viejo", "Calle Castilla"),
      List.of("Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Murcia",
          "Palma", "Bilbao", "Alicante", "Córdoba", "Valladolid", "Vigo", "Gijón", "Granada",
          "Salamanca"),
      List.of("Comunidad de Madrid", "Cataluña", "Comunitat Valenciana", "Andalucía", "Aragón",
          "Región de Murcia", "Illes Balears", "País Vasco")),
  IT(List.of("Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina", "Alessia",
      "Federica", "Elena", "Silvia", "Laura", "Paola", "Roberta", "Simona", "Elisa", "Anna",
      "Giorgia", "Ilaria", "Marta", "Serena"),
      List.of("Marco", "Luca", "Giuseppe", "Alessandro", "Andrea", "Matteo", "Francesco", "Davide"),
      List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
          "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano",
          "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani"),
      List.of("Via Roma", "Via Garibaldi", "Via Mazzini", "Corso Italia", "Via Dante Alighieri",
          "Piazza della Repubblica", "Via Verdi", "Via Cavour", "Viale della Libertà",
          "Via Marconi", "Via San Giovanni", "Via dei Mille"),
      List.of("Roma", "Milano", "Napoli", "Torino", "Palermo", "Genova", "Bologna", "Firenze",
          "Bari", "Catania", "Venezia", "Verona", "Padova", "Trieste", "Brescia", "Parma"),
      List.of("Lazio", "Lombardia", "Campania", "Piemonte", "Sicilia", "Liguria",
          "Emilia-Romagna", "Toscana")),
  AT(List.of("Anna", "Lena", "Sophie", "Katharina", "Julia", "Laura", "Sarah", "Hannah",
      "Elisabeth", "Theresa", "Magdalena", "Johanna", "Verena", "Barbara", "Christina", "Martina",
      "Sabine", "Andrea", "Birgit", "Melanie"),
      List.of("Lukas", "Florian", "Tobias", "David", "Alexander", "Stefan", "Michael", "Markus"),
      List.of("Gruber", "Huber", "Bauer", "Wagner", "Müller", "Pichler", "Steiner", "Moser",
          "Mayer", "Hofer", "Leitner", "Berger", "Fuchs", "Eder", "Fischer", "Schmid", "Winkler",
          "Weber", "Schwarz", "Maier", "Schneider", "Reiter", "Mayr", "Schmidt"),
      List.of("Hauptstraße", "Bahnhofstraße", "Kirchengasse", "Schulgasse", "Dorfstraße",
          "Lindengasse", "Mühlgasse", "Feldgasse", "Hauptplatz", "Wiener Straße", "Grazer Straße",
          "Bergstraße"),
      List.of("Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Villach", "Wels",
          "St. Pölten", "Dornbirn", "Steyr", "Wiener Neustadt", "Feldkirch", "Bregenz", "Leoben",
          "Krems an der Donau"),
      List.of("Wien", "Steiermark", "Oberösterreich", "Salzburg", "Tirol", "Kärnten",
          "Niederösterreich", "Vorarlberg"));

  private static final List<String> NL_PREFIXES = List.of("van", "de", "van der", "van den", "de",
      "ter", "van de");
  private static final List<String> UK_AREAS = List.of("LS", "M", "B", "BS", "S", "NG", "LE",
      "CF", "NE", "L", "OX", "CB", "YO", "BD", "CV", "DE");
  private static final String UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
  /** Eircode routing keys, one per Irish city of the list (An Post's published keys). */
  private static final List<String> IE_ROUTING = List.of("D08", "T12", "H91", "V94", "X91", "A92",
      "A91", "K67", "A98", "C15", "R95", "V95", "R93", "V92", "N37", "F91");
  /** The characters of an Eircode's unique identifier: digits and letters that are not confusable. */
  private static final String EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY";
  /** Spanish postcodes begin with the province's number (INE): one per Spanish city of the list. */
  private static final List<Integer> ES_PROVINCES = List.of(28, 8, 46, 41, 50, 29, 30, 7, 48, 3,
      14, 47, 36, 33, 18, 37);
  /** Italian CAP of each Italian city's main office (Poste Italiane): the last digits vary. */
  private static final List<Integer> IT_CAP = List.of(100, 20100, 80100, 10100, 90100, 16100,
      40100, 50100, 70100, 95100, 30100, 37100, 35100, 34100, 25100, 43100);
  /** The Agenzia delle Entrate's cadastral (Belfiore) code of each Italian city of the list. */
  static final List<String> IT_BELFIORE = List.of("H501", "F205", "F839", "L219", "G273", "D969",
      "A944", "D612", "A662", "C351", "L736", "L781", "G224", "L424", "B157", "G337");
  /** Austrian postcodes (Post AG) of each Austrian city of the list; Vienna's vary by district. */
  private static final List<Integer> AT_PLZ = List.of(1010, 8010, 4020, 5020, 6020, 9020, 9500,
      4600, 3100, 6850, 4400, 2700, 6800, 6900, 8700, 3500);

  private final List<String> female;
  private final List<String> male;
  private final List<String> families;
  private final List<String> streets;
  private final List<String> cities;
  private final List<String> regions;

  Country(List<String> female, List<String> male, List<String> families, List<String> streets,
      List<String> cities, List<String> regions) {
    this.female = female;
    this.male = male;
    this.families = families;
    this.streets = streets;
    this.cities = cities;
    this.regions = regions;
  }

  /** A person of this country; women only where the layout is a screening programme's. */
  Person person(int id, Random rng, boolean womenOnly, int minAge, int maxAge, LocalDate onDay) {
    boolean isFemale = womenOnly || rng.nextInt(100) < 55;
    String given = pick(rng, isFemale ? female : male);
    String middle = rng.nextInt(3) == 0 ? pick(rng, isFemale ? female : male) : "";
    if (middle.equals(given)) {
      middle = "";
    }
    String prefix = this == NL && rng.nextInt(4) == 0 ? pick(rng, NL_PREFIXES) : "";
    String family = pick(rng, families);
    String maiden = isFemale && rng.nextInt(3) == 0 ? pick(rng, families) : "";
    int age = minAge + rng.nextInt(maxAge - minAge + 1);
    LocalDate birth = onDay.minusYears(age).minusDays(rng.nextInt(365));
    String nationalId = switch (this) {
      case NL -> CheckDigits.bsn(rng);
      case US -> CheckDigits.ssn(rng);
      case UK -> CheckDigits.nhs(rng);
      case BE -> CheckDigits.belgianNational(birth, isFemale, rng);
      case FR -> CheckDigits.nir(birth, isFemale, rng);
      case DE -> CheckDigits.kvnr(rng);
      case IE -> CheckDigits.ppsn(rng);
      case ES -> rng.nextInt(10) == 0 ? CheckDigits.nie(rng) : CheckDigits.dni(rng);
      case IT -> "";
      case AT -> CheckDigits.svnr(birth, rng);
    };
    int city = rng.nextInt(cities.size());
    if (this == IT) {
      // The codice fiscale holds the place of birth, drawn after the number in the other countries.
      nationalId = CheckDigits.codiceFiscale(family, given, birth, isFemale,
          IT_BELFIORE.get(city));
    }
    String ascii = ascii(given + "." + family).toLowerCase(Locale.ROOT).replace(" ", "");
    String email = ascii + (rng.nextInt(90) + 10) + "@example." + emailDomain();
    double[] centre = centre();
    return new Person(id, this, isFemale, given, middle, prefix, family, maiden, birth, nationalId,
        pick(rng, streets), 1 + rng.nextInt(180),
        this == NL && rng.nextInt(6) == 0 ? String.valueOf((char) ('a' + rng.nextInt(4))) : "",
        postcode(rng, city), cities.get(city), pick(rng, regions), phone(rng), email, iban(rng),
        new UUID(rng.nextLong(), rng.nextLong()).toString(), CheckDigits.digits(rng, 7),
        insuranceNumber(rng), centre[0] + rng.nextDouble() * 0.8 - 0.4,
        centre[1] + rng.nextDouble() * 0.8 - 0.4);
  }

  String streetLine(String street, int number, String suffix) {
    return switch (this) {
      case NL, BE, DE -> street + " " + number + suffix;
      case US, UK, IE -> number + " " + street;
      case FR -> number + " " + street;
      case ES -> street + ", " + number;
      case IT, AT -> street + " " + number;
    };
  }

  private String emailDomain() {
    return switch (this) {
      case NL -> "nl";
      case US -> "com";
      case UK -> "co.uk";
      case BE -> "be";
      case FR -> "fr";
      case DE -> "de";
      case IE -> "ie";
      case ES -> "es";
      case IT -> "it";
      case AT -> "at";
    };
  }

  private double[] centre() {
    return switch (this) {
      case NL -> new double[] {52.1, 5.1};
      case US -> new double[] {42.3, -71.8};
      case UK -> new double[] {53.4, -1.5};
      case BE -> new double[] {50.9, 4.3};
      case FR -> new double[] {46.5, 2.5};
      case DE -> new double[] {51.0, 10.0};
      case IE -> new double[] {53.3, -7.7};
      case ES -> new double[] {40.4, -3.7};
      case IT -> new double[] {42.5, 12.5};
      case AT -> new double[] {47.5, 14.5};
    };
  }

  /** A postcode whose first digits follow the city's index, so that a city keeps its area. */
  private String postcode(Random rng, int city) {
    return switch (this) {
      case NL -> {
        String letters;
        do {
          letters = "" + (char) ('A' + rng.nextInt(26)) + (char) ('A' + rng.nextInt(26));
        } while (letters.equals("SA") || letters.equals("SD") || letters.equals("SS"));
        yield String.format(Locale.ROOT, "%d%03d %s", 1 + city % 9, rng.nextInt(1000), letters);
      }
      case US -> String.format(Locale.ROOT, "0%d%03d", 1 + city % 7, rng.nextInt(1000));
      case UK -> String.format(Locale.ROOT, "%s%d %d%c%c", UK_AREAS.get(city), 1 + rng.nextInt(20),
          rng.nextInt(10), UK_INWARD_LETTERS.charAt(rng.nextInt(UK_INWARD_LETTERS.length())),
          UK_INWARD_LETTERS.charAt(rng.nextInt(UK_INWARD_LETTERS.length())));
      case BE -> String.format(Locale.ROOT, "%d%03d", 1 + city % 9, rng.nextInt(1000));
      case FR -> String.format(Locale.ROOT, "%02d%03d", 1 + (city * 5) % 95, rng.nextInt(1000));
      case DE -> String.format(Locale.ROOT, "%05d", 1067 + city * 6000 + rng.nextInt(5000));
      case IE -> IE_ROUTING.get(city) + " " + eircodeTail(rng);
      case ES -> String.format(Locale.ROOT, "%02d%03d", ES_PROVINCES.get(city),
          rng.nextInt(80));
      case IT -> String.format(Locale.ROOT, "%05d", IT_CAP.get(city) + rng.nextInt(60));
      case AT -> String.valueOf(AT_PLZ.get(city) + (city == 0 ? 10 * rng.nextInt(23) : 0));
    };
  }

  private String phone(Random rng) {
    return switch (this) {
      case NL -> rng.nextBoolean()
          ? String.format(Locale.ROOT, "06-%08d", rng.nextInt(100_000_000))
          : String.format(Locale.ROOT, "+31 6 %08d", rng.nextInt(100_000_000));
      case US -> String.format(Locale.ROOT, "555-%03d-%04d", 100 + rng.nextInt(900),
          rng.nextInt(10_000));
      case UK -> rng.nextBoolean()
          ? String.format(Locale.ROOT, "07700 900%03d", rng.nextInt(1000))
          : String.format(Locale.ROOT, "+44 7700 900%03d", rng.nextInt(1000));
      case BE -> String.format(Locale.ROOT, "+32 47%d %02d %02d %02d", rng.nextInt(10),
          rng.nextInt(100), rng.nextInt(100), rng.nextInt(100));
      case FR -> rng.nextBoolean()
          ? String.format(Locale.ROOT, "06 %02d %02d %02d %02d", rng.nextInt(100), rng.nextInt(100),
              rng.nextInt(100), rng.nextInt(100))
          : String.format(Locale.ROOT, "+33 6 %02d %02d %02d %02d", rng.nextInt(100),
              rng.nextInt(100), rng.nextInt(100), rng.nextInt(100));
      case DE -> rng.nextBoolean()
          ? String.format(Locale.ROOT, "+49 151 %08d", rng.nextInt(100_000_000))
          : String.format(Locale.ROOT, "0151 %08d", rng.nextInt(100_000_000));
      case IE -> rng.nextBoolean()
          ? String.format(Locale.ROOT, "087 555 %04d", rng.nextInt(10_000))
          : String.format(Locale.ROOT, "+353 87 555 %04d", rng.nextInt(10_000));
      case ES -> rng.nextBoolean()
          ? String.format(Locale.ROOT, "6%02d %03d %03d", rng.nextInt(100), rng.nextInt(1000),
              rng.nextInt(1000))
          : String.format(Locale.ROOT, "+34 6%02d %02d %02d %02d", rng.nextInt(100),
              rng.nextInt(100), rng.nextInt(100), rng.nextInt(100));
      case IT -> rng.nextBoolean()
          ? String.format(Locale.ROOT, "3%02d %07d", 20 + rng.nextInt(80), rng.nextInt(10_000_000))
          : String.format(Locale.ROOT, "+39 3%02d %07d", 20 + rng.nextInt(80),
              rng.nextInt(10_000_000));
      case AT -> rng.nextBoolean()
          ? String.format(Locale.ROOT, "0664 %07d", rng.nextInt(10_000_000))
          : String.format(Locale.ROOT, "+43 664 %07d", rng.nextInt(10_000_000));
    };
  }

  private String iban(Random rng) {
    return switch (this) {
      case NL -> CheckDigits.iban("NL", pick(rng, List.of("ABNA", "INGB", "RABO", "SNSB"))
          + CheckDigits.digits(rng, 10));
      case BE -> CheckDigits.iban("BE", belgianBban(rng));
      case FR -> CheckDigits.iban("FR", "30006" + "00001" + CheckDigits.digits(rng, 11)
          + String.format(Locale.ROOT, "%02d", rng.nextInt(100)));
      case DE -> CheckDigits.iban("DE", "37040044" + CheckDigits.digits(rng, 10));
      case IE -> CheckDigits.iban("IE", "AIBK" + "931152" + CheckDigits.digits(rng, 8));
      case UK -> CheckDigits.iban("GB", "NWBK" + "601613" + CheckDigits.digits(rng, 8));
      case US -> CheckDigits.digits(rng, 12);
      case ES -> CheckDigits.iban("ES", "2100" + "0418" + "45" + CheckDigits.digits(rng, 10));
      case IT -> CheckDigits.iban("IT", "X" + "05428" + "11101" + CheckDigits.digits(rng, 12));
      case AT -> CheckDigits.iban("AT", "20111" + CheckDigits.digits(rng, 11));
    };
  }

  /** A Belgian BBAN: bank, account, and its own mod-97 check (00 read as 97). */
  private static String belgianBban(Random rng) {
    long first = Long.parseLong(CheckDigits.digits(rng, 10));
    long check = first % 97 == 0 ? 97 : first % 97;
    return String.format(Locale.ROOT, "%010d%02d", first, check);
  }

  /** An insurer's own member number: letters and digits, no national checksum. */
  private String insuranceNumber(Random rng) {
    return switch (this) {
      case NL -> CheckDigits.digits(rng, 8);
      case US -> String.format(Locale.ROOT, "%s%08d", pick(rng, List.of("BCB", "AET", "UHC", "HMN")),
          rng.nextInt(100_000_000));
      case UK -> String.format(Locale.ROOT, "BUPA%07d", rng.nextInt(10_000_000));
      case BE -> String.format(Locale.ROOT, "%03d/%07d", 100 + rng.nextInt(900),
          rng.nextInt(10_000_000));
      case FR -> String.format(Locale.ROOT, "MUT%09d", rng.nextInt(1_000_000_000));
      case DE -> String.format(Locale.ROOT, "10%07d", rng.nextInt(10_000_000));
      case IE -> String.format(Locale.ROOT, "%08d", rng.nextInt(100_000_000));
      // Andalusia's health-card number (NUHSA), the Italian health card's number, an Austrian
      // private supplementary insurer's policy number.
      case ES -> "AN" + CheckDigits.digits(rng, 10);
      case IT -> "80380" + CheckDigits.digits(rng, 15);
      case AT -> String.format(Locale.ROOT, "%03d-%07d", 100 + rng.nextInt(900),
          rng.nextInt(10_000_000));
    };
  }

  /** The four characters after an Eircode's routing key, starting with a letter as An Post's do. */
  private static String eircodeTail(Random rng) {
    StringBuilder s = new StringBuilder();
    s.append(EIRCODE_CHARS.charAt(10 + rng.nextInt(EIRCODE_CHARS.length() - 10)));
    for (int i = 0; i < 3; i++) {
      s.append(EIRCODE_CHARS.charAt(rng.nextInt(EIRCODE_CHARS.length())));
    }
    return s.toString();
  }

  /** The family names this country's people are drawn from (a second surname is one of them). */
  List<String> familyNames() {
    return families;
  }

  static String pick(Random rng, List<String> from) {
    return from.get(rng.nextInt(from.size()));
  }

  static String ascii(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace("'", "");
  }
}
