package com.fashionos.bench.generate;

import java.util.List;

/** Word lists of the synthetic fashion world: people, houses, roles, places, tags and deal kinds. */
final class Vocabulary {

    private Vocabulary() {}

    static final List<String> FIRST_NAMES = List.of(
            "Camille",
            "Margaux",
            "Luca",
            "Aiko",
            "Freja",
            "Inès",
            "Chloé",
            "Léa",
            "Manon",
            "Elodie",
            "Giulia",
            "Francesca",
            "Alessandro",
            "Matteo",
            "Sofia",
            "Chiara",
            "Olivia",
            "Amelia",
            "Isla",
            "Harry",
            "Oliver",
            "George",
            "Charlotte",
            "Emma",
            "Ava",
            "Mia",
            "Noah",
            "Liam",
            "Ethan",
            "Zoe",
            "Yuki",
            "Haruto",
            "Sakura",
            "Ren",
            "Mei",
            "Jin",
            "Min-jun",
            "Seo-yeon",
            "Ji-woo",
            "Amara",
            "Chidi",
            "Adaeze",
            "Tunde",
            "Layla",
            "Omar",
            "Yasmin",
            "Karim",
            "Nour",
            "Sven",
            "Astrid",
            "Ingrid",
            "Mads",
            "Elsa",
            "Björn",
            "Lars",
            "Carmen",
            "Lucía",
            "Mateo",
            "Valentina",
            "Diego",
            "Isabela",
            "Rafael",
            "Beatriz",
            "Thiago",
            "Ana",
            "Priya",
            "Arjun",
            "Ananya",
            "Rohan",
            "Kavya",
            "Maxime",
            "Baptiste",
            "Hugo",
            "Théo",
            "Jules",
            "Anouk",
            "Noor",
            "Daan",
            "Sanne",
            "Milan",
            "Klara",
            "Felix",
            "Leonie",
            "Jonas",
            "Hanna",
            "Grace",
            "Naomi",
            "Esther",
            "Ruth",
            "Aurelia",
            "Céleste",
            "Ottavia",
            "Serena",
            "Bianca",
            "Dario",
            "Paloma",
            "Ines",
            "Talia",
            "Vera",
            "Nadia",
            "Irina");

    static final List<String> LAST_PREFIX = List.of(
            "Dela", "Ber", "Mar", "Lind", "Ros", "Val", "Mont", "Fon", "Beau", "Chan", "Duval", "Gar", "Hal", "Kov",
            "Lam", "Mor", "Nak", "Oka", "Pel", "Quen", "Rav", "San", "Tan", "Vas", "Wes", "Yam", "Zan", "Alb", "Bel",
            "Cas", "Dor", "Est", "Fer", "Gal", "Hern", "Ivan", "Jans", "Kim", "Lor", "Mend");
    static final List<String> LAST_SUFFIX = List.of(
            "croix", "nardi", "quist", "tanaka", "elli", "ier", "ard", "ova", "sen", "berg", "ström", "etti", "ez",
            "oni", "ault", "mann", "uchi", "ski", "ez", "ani", "eau", "ville", "ford", "ton", "ado", "ino", "aki",
            "wood", "court", "ssen", "ieri", "anti", "iere", "ac", "ov", "son", "ero", "ada", "ich", "is");

    static final List<String> HOUSE_START = List.of(
            "Lu", "Mai", "Aur", "Vel", "Sol", "Nox", "Ari", "Cel", "Dor", "Ela", "Fio", "Gal", "Iri", "Jad", "Kai",
            "Lys", "Mor", "Nae", "Oro", "Pal", "Quin", "Ros", "Sab", "Ter", "Ulm", "Val", "Xan", "Yve", "Zel", "Am");
    static final List<String> HOUSE_MIDDLE = List.of("mi", "ra", "ve", "lo", "na", "si", "te", "ri", "ca", "do", "");
    static final List<String> HOUSE_END =
            List.of("ère", "elle", "ia", "on", "ine", "ora", "ette", "ique", "ano", "ir", "is", "a");

    static final List<String> SPONSOR_WORDS = List.of(
            "Beauty",
            "Skin",
            "Parfums",
            "Cosmetics",
            "Motors",
            "Champagne",
            "Watches",
            "Jewels",
            "Hotels",
            "Private Bank",
            "Water",
            "Eyewear");
    static final List<String> BUYER_WORDS =
            List.of("Boutique", "Department Store", "Concept Store", "Emporium", "Galleries", "Atelier", "Maison");
    static final List<String> MEDIA_WORDS =
            List.of("Magazine", "Mag", "Journal", "Studio", "Media", "Radio", "TV", "Review", "Daily", "Podcast");
    static final List<String> VENDOR_WORDS =
            List.of("Productions", "Lighting", "Catering", "Casting", "Logistics", "Printing", "Sound", "Staging");

    static final List<String> INDUSTRY_SPONSOR =
            List.of("Beauty", "Automotive", "Spirits", "Watches & Jewellery", "Hospitality", "Finance", "Tech");
    static final List<String> INDUSTRY_BUYER = List.of("Retail", "Luxury retail", "E-commerce");
    static final List<String> INDUSTRY_MEDIA = List.of("Print", "Digital media", "Broadcast", "Social");
    static final List<String> INDUSTRY_VENDOR = List.of("Events", "Production", "Logistics");

    /** City, ISO country, calling code prefix of a mobile number, digits after it. */
    record City(String name, String country, String mobilePrefix, int digits) {}

    static final List<City> CITIES = List.of(
            new City("Paris", "FR", "+336", 8),
            new City("Lyon", "FR", "+337", 8),
            new City("Milan", "IT", "+393", 9),
            new City("Florence", "IT", "+393", 9),
            new City("London", "GB", "+447", 9),
            new City("New York", "US", "+1212", 7),
            new City("Los Angeles", "US", "+1310", 7),
            new City("Tokyo", "JP", "+8190", 8),
            new City("Dubai", "AE", "+9715", 8),
            new City("Seoul", "KR", "+8210", 8),
            new City("Berlin", "DE", "+4915", 9),
            new City("Copenhagen", "DK", "+452", 7),
            new City("Stockholm", "SE", "+467", 8),
            new City("Madrid", "ES", "+346", 8),
            new City("Shanghai", "CN", "+86139", 8),
            new City("Lagos", "NG", "+23480", 8),
            new City("São Paulo", "BR", "+55119", 8),
            new City("Sydney", "AU", "+614", 8),
            new City("Antwerp", "BE", "+324", 8),
            new City("Marrakech", "MA", "+2126", 8));

    static final List<String> ROLES = List.of(
            "Editor-in-Chief",
            "Fashion Editor",
            "Beauty Editor",
            "Stylist",
            "Celebrity Stylist",
            "PR Director",
            "PR Manager",
            "Brand Partnerships Lead",
            "Sponsorship Manager",
            "Buyer",
            "Senior Buyer",
            "Merchandiser",
            "Creative Director",
            "Art Director",
            "Photographer",
            "Casting Director",
            "Influencer",
            "Content Creator",
            "Talent Agent",
            "Event Producer",
            "Marketing Director",
            "Chief Marketing Officer",
            "Founder",
            "Showroom Manager",
            "Journalist",
            "Makeup Artist",
            "Hair Stylist",
            "Model",
            "Sustainability Lead",
            "Retail Director");

    static final List<String> TAGS = List.of(
            "vip",
            "press",
            "influencer",
            "sponsor",
            "buyer",
            "paris-fw",
            "milan-fw",
            "london-fw",
            "ss25",
            "aw25",
            "beauty",
            "luxury",
            "sustainable",
            "emerging",
            "front-row",
            "gifting",
            "editorial",
            "celebrity",
            "asia",
            "middle-east",
            "couture",
            "menswear",
            "accessories",
            "newsletter");

    static final List<String> LANGUAGES = List.of("en", "fr", "it", "ja", "ar", "ko", "de", "es");

    static final List<String> EMAIL_DOMAINS =
            List.of("gmail.com", "outlook.com", "icloud.com", "proton.me", "studio.fr", "agency.co", "press.it");

    static final List<String> DEAL_KINDS = List.of(
            "Runway sponsorship",
            "Front-row package",
            "Editorial feature",
            "Capsule collaboration",
            "Gifting suite",
            "Pop-up residency",
            "Wholesale order",
            "Show production",
            "Influencer trip",
            "Beauty partner",
            "Afterparty hosting",
            "Lookbook shoot");

    static final List<String> CAMPAIGNS = List.of(
            "Desert Noir SS25",
            "Polar Light AW25",
            "Resort 26",
            "Couture Week January",
            "Milan FW",
            "Paris FW",
            "Pre-Fall 26",
            "Capsule Riviera");

    static final List<String> LOST_REASONS =
            List.of("Budget cut", "Went with a competitor", "Timing", "No response", "Brand fit");

    static final List<String> EMAIL_SUBJECTS = List.of(
            "Invitation: front row",
            "Lookbook for your review",
            "Partnership proposal",
            "Following up",
            "Show schedule",
            "Samples shipped",
            "Press kit",
            "Seating confirmation",
            "Thank you for coming",
            "Contract draft");
    static final List<String> CALL_SUBJECTS =
            List.of("Intro call", "Budget discussion", "Follow-up call", "Logistics check", "Debrief");
    static final List<String> NOTE_SUBJECTS = List.of(
            "Prefers WhatsApp",
            "Met at showroom",
            "Loves the capsule",
            "Travels in March",
            "Needs hotel",
            "Allergic to lilies",
            "Key decision maker",
            "Budget approved");
    static final List<String> MEETING_SUBJECTS =
            List.of("Showroom visit", "Lunch at the atelier", "Fitting", "Walkthrough of the venue", "Strategy");
    static final List<String> TASK_SUBJECTS =
            List.of("Send lookbook", "Confirm seating", "Ship samples", "Prepare contract", "Book hotel", "Call back");
    static final List<String> WHATSAPP_SUBJECTS =
            List.of("Quick question", "Running late", "Photos from the show", "See you tonight", "Thanks!");
    static final List<String> AI_SUBJECTS = List.of("Enrichment proposal", "Draft prepared", "Deal health scored");
}
