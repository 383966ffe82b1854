package com.fashionos.crm.demo;

import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.brand.Brand;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.common.Json;
import com.fashionos.crm.common.SqlValues;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.TagMatch;
import com.fashionos.crm.segment.SegmentService;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.user.AppUser;
import com.fashionos.crm.user.Role;
import com.fashionos.crm.user.UserAccounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a fictional demo Maison into an empty installation, once: "Maison Aurelle" (campaign Desert Noir SS25)
 * with its users, 20 accounts of all four types, 60 contacts, 15 deals across the stages and outcomes, a few
 * hundred activities over the last 90 days (tasks included, some overdue), the four blueprint segments, the
 * "Maison DNA v2.1" playbook, two outreach SOPs and two WhatsApp templates; and a second brand "Atelier Nord"
 * to show isolation and the brand switcher. Every person, company, address and number is fictional (WhatsApp
 * numbers in the NANPA 555-01xx range reserved for fiction). Reproducible: a fixed random seed, times relative
 * to now. Runs early among the application runners, only when {@code fashionos.demo.enabled} and no brand exists.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    static final String MAISON_SLUG = "maison-aurelle";
    static final String NORD_SLUG = "atelier-nord";
    static final String LUMIERE_DEAL = "Lumière Skin × Desert Noir";

    private final DemoProperties properties;
    private final BrandService brands;
    private final UserAccounts users;
    private final SegmentService segments;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    DemoDataSeeder(
            DemoProperties properties,
            BrandService brands,
            UserAccounts users,
            SegmentService segments,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager) {
        this.properties = properties;
        this.brands = brands;
        this.users = users;
        this.segments = segments;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        seedIfEmpty();
    }

    /** Seeds when enabled and no brand exists yet; returns whether it seeded. */
    public boolean seedIfEmpty() {
        if (!properties.enabled() || brands.anyBrandExists()) {
            return false;
        }
        long start = System.nanoTime();
        AppUser owner = user(properties.email(), "Margaux Delacroix");
        AppUser manager = user("manager@fashionos.demo", "Luca Bernardi");
        AppUser viewer = user("viewer@fashionos.demo", "Aiko Tanaka");
        AppUser nordOwner = user("nord@fashionos.demo", "Freja Lindqvist");

        Brand maison = brands.create(MAISON_SLUG, "Maison Aurelle", "Desert Noir SS25", owner.id());
        TenantContext.runAs(
                maison.id(),
                () -> tx.executeWithoutResult(status -> {
                    users.addMembership(maison.id(), manager.id(), Role.MANAGER);
                    users.addMembership(maison.id(), viewer.id(), Role.VIEWER);
                    new MaisonData(new Random(2025), List.of(owner.id(), manager.id())).seed();
                }));

        Brand nord = brands.create(NORD_SLUG, "Atelier Nord", "Polar Light AW25", nordOwner.id());
        TenantContext.runAs(
                nord.id(),
                () -> tx.executeWithoutResult(status -> {
                    users.addMembership(nord.id(), owner.id(), Role.MANAGER);
                    new NordData(new Random(2026), nordOwner.id()).seed();
                }));
        log.info(
                "Demo data seeded in {} ms: brands \"Maison Aurelle\" and \"Atelier Nord\"",
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        log.info("Demo login: {} / {}", properties.email(), properties.password());
        return true;
    }

    private AppUser user(String email, String name) {
        return users.findByEmail(email).orElseGet(() -> users.createUser(email, name, properties.password()));
    }

    static UUID id(String brand, String kind, int n) {
        return UUID.nameUUIDFromBytes((brand + "/" + kind + "/" + n).getBytes(StandardCharsets.UTF_8));
    }

    private record AccountSeed(
            String name,
            AccountType type,
            String domain,
            String tier,
            String industry,
            String city,
            String country,
            List<String> tags) {}

    private record DealSeed(
            String title,
            int account,
            int stage,
            String outcome,
            boolean primary,
            long value,
            @Nullable Long roi,
            int closeInDays,
            boolean signed,
            @Nullable String lostReason) {}

    private static final String[] STAGES = {"LEAD", "PITCH", "CONTRACT", "ROI"};
    private static final String[] STAGE_LABELS = {"Lead", "Pitch", "Contract", "ROI"};

    /** The demo Maison's data, generated from one seeded random source. */
    private final class MaisonData {

        private static final String B = MAISON_SLUG;

        private static final List<AccountSeed> ACCOUNTS = List.of(
                new AccountSeed(
                        "Lumière Skin",
                        AccountType.SPONSOR,
                        "lumiere-skin.example",
                        "PREMIUM",
                        "Skincare",
                        "Paris",
                        "FR",
                        List.of("beauty", "luxury")),
                new AccountSeed(
                        "Oro Verde Fragrances",
                        AccountType.SPONSOR,
                        "oroverde.example",
                        "CORE",
                        "Fragrance",
                        "Milan",
                        "IT",
                        List.of("beauty")),
                new AccountSeed(
                        "Kaito Watches",
                        AccountType.SPONSOR,
                        "kaito-watches.example",
                        "FLAGSHIP",
                        "Watches",
                        "Tokyo",
                        "JP",
                        List.of("luxury")),
                new AccountSeed(
                        "Sahara Mineral Water",
                        AccountType.SPONSOR,
                        "sahara-mineral.example",
                        "CORE",
                        "Beverages",
                        "Dubai",
                        "AE",
                        List.of()),
                new AccountSeed(
                        "Northwind Motors",
                        AccountType.SPONSOR,
                        "northwind-motors.example",
                        "PREMIUM",
                        "Automotive",
                        "London",
                        "GB",
                        List.of("luxury")),
                new AccountSeed(
                        "Maison Gazette",
                        AccountType.MEDIA,
                        "maison-gazette.example",
                        "PREMIUM",
                        "Print & digital",
                        "Paris",
                        "FR",
                        List.of("press")),
                new AccountSeed(
                        "Il Filo Magazine",
                        AccountType.MEDIA,
                        "ilfilo.example",
                        "CORE",
                        "Print",
                        "Milan",
                        "IT",
                        List.of("press")),
                new AccountSeed(
                        "The Hemline Review",
                        AccountType.MEDIA,
                        "hemline-review.example",
                        "CORE",
                        "Digital",
                        "London",
                        "GB",
                        List.of("press")),
                new AccountSeed(
                        "Atelier Quarterly",
                        AccountType.MEDIA,
                        "atelier-quarterly.example",
                        "EMERGING",
                        "Print",
                        "New York",
                        "US",
                        List.of("press")),
                new AccountSeed(
                        "Modo Milano",
                        AccountType.MEDIA,
                        "modo-milano.example",
                        "CORE",
                        "Digital",
                        "Milan",
                        "IT",
                        List.of("press")),
                new AccountSeed(
                        "Galeries Solène",
                        AccountType.BUYER,
                        "galeries-solene.example",
                        "FLAGSHIP",
                        "Department store",
                        "Paris",
                        "FR",
                        List.of("wholesale")),
                new AccountSeed(
                        "Harrowgate & Vine",
                        AccountType.BUYER,
                        "harrowgate-vine.example",
                        "FLAGSHIP",
                        "Department store",
                        "London",
                        "GB",
                        List.of("wholesale")),
                new AccountSeed(
                        "Meridian Department Store",
                        AccountType.BUYER,
                        "meridian-store.example",
                        "PREMIUM",
                        "Department store",
                        "Dubai",
                        "AE",
                        List.of("wholesale")),
                new AccountSeed(
                        "Fifth Row",
                        AccountType.BUYER,
                        "fifth-row.example",
                        "CORE",
                        "Concept store",
                        "New York",
                        "US",
                        List.of("wholesale")),
                new AccountSeed(
                        "Ginza Lumen",
                        AccountType.BUYER,
                        "ginza-lumen.example",
                        "PREMIUM",
                        "Department store",
                        "Tokyo",
                        "JP",
                        List.of("wholesale")),
                new AccountSeed(
                        "Atelier Vellum Printers",
                        AccountType.VENDOR,
                        "vellum-print.example",
                        "EMERGING",
                        "Printing",
                        "Paris",
                        "FR",
                        List.of()),
                new AccountSeed(
                        "Filatura Serena",
                        AccountType.VENDOR,
                        "filatura-serena.example",
                        "CORE",
                        "Silk mill",
                        "Milan",
                        "IT",
                        List.of("luxury")),
                new AccountSeed(
                        "Orafo Brillo",
                        AccountType.VENDOR,
                        "orafo-brillo.example",
                        "PREMIUM",
                        "Jewellery atelier",
                        "Milan",
                        "IT",
                        List.of("luxury")),
                new AccountSeed(
                        "Studio Kanso",
                        AccountType.VENDOR,
                        "studio-kanso.example",
                        "EMERGING",
                        "Set design",
                        "Tokyo",
                        "JP",
                        List.of()),
                new AccountSeed(
                        "Dune Leatherworks",
                        AccountType.VENDOR,
                        "dune-leather.example",
                        "CORE",
                        "Leather goods",
                        "Dubai",
                        "AE",
                        List.of("luxury")));

        private static final Map<AccountType, List<String>> ROLES = Map.of(
                AccountType.SPONSOR, List.of("Partnerships Director", "Sponsorship Manager", "Brand Marketing Lead"),
                AccountType.MEDIA,
                        List.of("Fashion Editor", "Beauty Editor", "Editor-in-Chief", "Stylist", "Features Writer"),
                AccountType.BUYER,
                        List.of("Head Buyer", "Womenswear Buyer", "Merchandising Director", "Accessories Buyer"),
                AccountType.VENDOR, List.of("Atelier Director", "Production Manager", "Account Manager"));

        private static final List<String> FIRST = List.of(
                "Inès",
                "Camille",
                "Léa",
                "Margot",
                "Hugo",
                "Théo",
                "Giulia",
                "Matteo",
                "Chiara",
                "Lorenzo",
                "Sofia",
                "Alessandro",
                "Olivia",
                "Harriet",
                "Oliver",
                "Imogen",
                "Rupert",
                "Amelia",
                "Maya",
                "Jordan",
                "Avery",
                "Nia",
                "Ethan",
                "Priya",
                "Layla",
                "Omar",
                "Yasmin",
                "Karim",
                "Noor",
                "Hana",
                "Ren",
                "Yui",
                "Sora",
                "Kenji",
                "Mei",
                "Clémence",
                "Aurélien",
                "Bianca",
                "Elio",
                "Serena",
                "Flora",
                "Jasper",
                "Celeste",
                "Anouk",
                "Valentina",
                "Rafael",
                "Zara",
                "Tomasz",
                "Elodie",
                "Marcel",
                "Ottavia",
                "Beatrix",
                "Noemi",
                "Adrien",
                "Lucien",
                "Esme",
                "Rosalind",
                "Idris",
                "Salma",
                "Emiko");
        private static final List<String> LAST = List.of(
                "Marchetti",
                "Laurent",
                "Moreau",
                "Fontaine",
                "Rossi",
                "Bellini",
                "Conti",
                "Greco",
                "Ashworth",
                "Pemberton",
                "Hale",
                "Whitcombe",
                "Okafor",
                "Delgado",
                "Kim",
                "Rahman",
                "Haddad",
                "Al-Mansouri",
                "Farouk",
                "Nakamura",
                "Sato",
                "Ishikawa",
                "Mori",
                "Duval",
                "Lefèvre",
                "Giordano",
                "Ferrante",
                "Vance",
                "Sinclair",
                "Beaumont",
                "Castellane",
                "Aubert",
                "Rinaldi",
                "Sorrentino",
                "Thorne",
                "Ellery",
                "Quinn",
                "Navarro",
                "Osei",
                "Kuroda",
                "Mansour",
                "Fairfax",
                "Ravel",
                "Marceau",
                "Benedetti",
                "Lombardi",
                "Hawthorne",
                "Takeda",
                "Vidal",
                "Orsini",
                "Blackwood",
                "Seraphin",
                "Calloway",
                "Morandi",
                "Varga",
                "Lindgren",
                "Park",
                "Sabri",
                "Amari",
                "Devereux");

        private static final List<String> TOPICS = List.of(
                "the Desert Noir lookbook preview",
                "front-row seating for the SS25 show",
                "sample trafficking",
                "capsule pricing",
                "a co-branded gift set",
                "editorial credits",
                "sell-through data",
                "an atelier visit",
                "embroidery lead times",
                "trunk show dates",
                "the desert shoot in Merzouga",
                "exclusivity terms",
                "press day logistics",
                "the hand-dyed sand palette");

        private final Random rnd;
        private final List<UUID> owners;
        private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        private final List<UUID> accountIds = new ArrayList<>();
        private final List<UUID> contactIds = new ArrayList<>();
        private final List<Integer> contactAccount = new ArrayList<>();
        private final List<String> contactNames = new ArrayList<>();
        private final List<String> contactCities = new ArrayList<>();

        MaisonData(Random rnd, List<UUID> owners) {
            this.rnd = rnd;
            this.owners = owners;
        }

        void seed() {
            accounts();
            contacts();
            var deals = deals();
            activities(deals);
            segmentsAndPlaybooks();
        }

        private void accounts() {
            var rows = new ArrayList<Object[]>();
            for (int i = 0; i < ACCOUNTS.size(); i++) {
                var a = ACCOUNTS.get(i);
                UUID id = id(B, "account", i);
                accountIds.add(id);
                rows.add(new Object[] {
                    id,
                    a.name(),
                    a.type().name(),
                    "https://" + a.domain(),
                    a.tier(),
                    a.industry(),
                    a.city(),
                    a.country(),
                    a.name() + " — " + a.industry().toLowerCase(java.util.Locale.ROOT) + " in " + a.city() + ".",
                    a.tags().toArray(String[]::new),
                    owners.get(i % owners.size())
                });
            }
            jdbc.batchUpdate("""
                    INSERT INTO accounts (id, name, type, website, budget_tier, industry, city, country, description,
                                          tags, owner_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }

        private void contacts() {
            var first = new ArrayList<>(FIRST);
            var last = new ArrayList<>(LAST);
            java.util.Collections.shuffle(first, rnd);
            java.util.Collections.shuffle(last, rnd);
            String[] areaCodes = {"212", "310", "415", "646", "718", "917"};
            var rows = new ArrayList<Object[]>();
            for (int i = 0; i < 60; i++) {
                int accountIndex = i / 3;
                var account = ACCOUNTS.get(accountIndex);
                String name = first.get(i) + " " + last.get(i);
                var roles = ROLES.get(account.type());
                String role = i == 0 ? "Partnerships Director" : roles.get(rnd.nextInt(roles.size()));
                String email = ascii(first.get(i)) + "." + ascii(last.get(i)) + "@" + account.domain();
                // NANPA reserves 555-0100 to 555-0199 for fiction in every area code
                String whatsapp = rnd.nextInt(10) < 8
                        ? "+1" + areaCodes[i % areaCodes.length] + "5550" + String.format("%03d", 100 + i)
                        : null;
                var tags = new TreeSet<String>(account.tags());
                tags.add(account.city().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
                if (account.type() == AccountType.BUYER && (i % 3 == 0 || rnd.nextInt(3) == 0)) {
                    tags.add("vip");
                }
                if (account.type() == AccountType.MEDIA && role.equals("Editor-in-Chief")) {
                    tags.add("vip");
                }
                BigDecimal sentiment = rnd.nextInt(10) == 0
                        ? null
                        : BigDecimal.valueOf(rnd.nextDouble() * 1.7 - 0.75).setScale(2, RoundingMode.HALF_UP);
                UUID id = id(B, "contact", i);
                contactIds.add(id);
                contactAccount.add(accountIndex);
                contactNames.add(name);
                contactCities.add(account.city());
                rows.add(new Object[] {
                    id,
                    accountIds.get(accountIndex),
                    name,
                    email,
                    whatsapp,
                    role,
                    account.city(),
                    account.country(),
                    account.country().equals("FR") ? "fr" : account.country().equals("IT") ? "it" : "en",
                    tags.toArray(String[]::new),
                    sentiment,
                    owners.get(rnd.nextInt(owners.size()))
                });
            }
            jdbc.batchUpdate("""
                    INSERT INTO contacts (id, account_id, name, email, whatsapp, role, city, country, language, tags,
                                          sentiment_score, owner_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }

        private List<Object[]> deals() {
            var seeds = List.of(
                    new DealSeed(LUMIERE_DEAL, 0, 0, "OPEN", false, 85_000, null, 75, false, null),
                    new DealSeed(
                            "Oro Verde — Runway Fragrance Partnership",
                            1,
                            1,
                            "OPEN",
                            true,
                            60_000,
                            null,
                            45,
                            false,
                            null),
                    new DealSeed(
                            "Kaito Watches — Desert Noir Timepiece Capsule",
                            2,
                            2,
                            "OPEN",
                            true,
                            120_000,
                            null,
                            30,
                            false,
                            null),
                    new DealSeed(
                            "Sahara Mineral — Backstage Hydration", 3, 0, "OPEN", true, 15_000, null, 60, false, null),
                    new DealSeed(
                            "Northwind Motors — Show Arrivals Fleet",
                            4,
                            1,
                            "OPEN",
                            true,
                            45_000,
                            null,
                            40,
                            false,
                            null),
                    new DealSeed(
                            "Maison Gazette — Desert Noir Cover Story",
                            5,
                            1,
                            "OPEN",
                            true,
                            40_000,
                            null,
                            50,
                            false,
                            null),
                    new DealSeed(
                            "Il Filo — Milan Fashion Week Feature",
                            6,
                            3,
                            "WON",
                            true,
                            25_000,
                            62_000L,
                            -20,
                            true,
                            null),
                    new DealSeed(
                            "The Hemline Review — Digital Takeover",
                            7,
                            0,
                            "LOST",
                            true,
                            18_000,
                            null,
                            10,
                            false,
                            "Budget moved to AW25"),
                    new DealSeed(
                            "Galeries Solène — SS25 Wholesale Order",
                            10,
                            2,
                            "OPEN",
                            true,
                            210_000,
                            null,
                            20,
                            false,
                            null),
                    new DealSeed(
                            "Harrowgate & Vine — Window Takeover",
                            11,
                            3,
                            "OPEN",
                            true,
                            95_000,
                            130_000L,
                            -10,
                            true,
                            null),
                    new DealSeed("Meridian — Dubai Trunk Show", 12, 1, "OPEN", true, 70_000, null, 35, false, null),
                    new DealSeed("Fifth Row — Capsule Exclusive", 13, 0, "OPEN", true, 50_000, null, 90, false, null),
                    new DealSeed("Ginza Lumen — Tokyo Pop-up", 14, 3, "WON", true, 110_000, 145_000L, -30, true, null),
                    new DealSeed(
                            "Filatura Serena — Silk Jacquard Supply",
                            16,
                            2,
                            "OPEN",
                            true,
                            38_000,
                            null,
                            15,
                            false,
                            null),
                    new DealSeed(
                            "Atelier Vellum — Show Invitations Print Run",
                            15,
                            3,
                            "WON",
                            true,
                            12_000,
                            12_000L,
                            -45,
                            true,
                            null));
            var rows = new ArrayList<Object[]>();
            var result = new ArrayList<Object[]>();
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            for (int i = 0; i < seeds.size(); i++) {
                var d = seeds.get(i);
                UUID id = id(B, "deal", i);
                UUID primary = d.primary() ? contactIds.get(d.account() * 3 + rnd.nextInt(3)) : null;
                Instant changed = now.minus(Duration.ofHours(6 + rnd.nextInt(24 * 40)));
                rows.add(new Object[] {
                    id,
                    accountIds.get(d.account()),
                    primary,
                    owners.get(i % owners.size()),
                    d.title(),
                    STAGES[d.stage()],
                    d.stage(),
                    d.outcome(),
                    SqlValues.timestamp(changed),
                    BigDecimal.valueOf(d.value()),
                    d.roi() == null ? null : BigDecimal.valueOf(d.roi()),
                    "EUR",
                    today.plusDays(d.closeInDays()),
                    d.signed() ? today.minusDays(60 + rnd.nextInt(30)) : null,
                    20 + d.stage() * 20,
                    "Desert Noir SS25",
                    d.lostReason()
                });
                result.add(new Object[] {id, d.stage(), changed, primary, accountIds.get(d.account()), d.account()});
            }
            jdbc.batchUpdate("""
                    INSERT INTO deals (id, account_id, primary_contact_id, owner_id, title, stage, stage_index, outcome,
                                       stage_changed_at, value_forecast, actual_roi, currency, expected_close,
                                       contract_signed_at, probability, campaign, lost_reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            // a few stakeholders beyond the primary contacts
            var stakeholders = new ArrayList<Object[]>();
            for (int i : new int[] {1, 2, 8, 9, 12}) {
                var deal = result.get(i);
                int account = (int) deal[5];
                for (int k = 0; k < 3; k++) {
                    UUID contact = contactIds.get(account * 3 + k);
                    if (!contact.equals(deal[3])) {
                        stakeholders.add(new Object[] {deal[0], contact, k == 0 ? "Decision maker" : "Influencer"});
                        break;
                    }
                }
            }
            jdbc.batchUpdate("INSERT INTO deal_contacts (deal_id, contact_id, role) VALUES (?, ?, ?)", stakeholders);
            return result;
        }

        private void activities(List<Object[]> deals) {
            var rows = new ArrayList<Object[]>();
            String[] types = {"EMAIL", "EMAIL", "WHATSAPP", "WHATSAPP", "CALL", "CALL", "NOTE", "MEETING"};
            for (int i = 0; i < 300; i++) {
                int c = rnd.nextInt(contactIds.size());
                String type = types[rnd.nextInt(types.length)];
                String first = contactNames.get(c).split(" ")[0];
                String topic = TOPICS.get(rnd.nextInt(TOPICS.size()));
                Instant at = now.minus(Duration.ofMinutes(30 + rnd.nextInt(90 * 24 * 60)));
                UUID deal = null;
                for (Object[] d : deals) {
                    if (contactIds.get(c).equals(d[3]) && rnd.nextBoolean()) {
                        deal = (UUID) d[0];
                    }
                }
                String subject;
                String content;
                switch (type) {
                    case "EMAIL" -> {
                        subject = "Desert Noir SS25 — " + topic;
                        content = "Sent " + first + " a note on " + topic + ".";
                    }
                    case "WHATSAPP" -> {
                        subject = null;
                        content = "WhatsApp with " + first + " about " + topic + ".";
                    }
                    case "CALL" -> {
                        subject = "Call with " + first;
                        content = (rnd.nextInt(4) + 1) * 10 + "-minute call: " + topic + ".";
                    }
                    case "MEETING" -> {
                        subject = "Showroom appointment in " + contactCities.get(c);
                        content = "Met " + first + " at the showroom to discuss " + topic + ".";
                    }
                    default -> {
                        subject = null;
                        content = first + " prefers early previews; follow up on " + topic + ".";
                    }
                }
                rows.add(new Object[] {
                    UUID.nameUUIDFromBytes((B + "/activity/" + i).getBytes(StandardCharsets.UTF_8)),
                    type,
                    contactIds.get(c),
                    accountIds.get(contactAccount.get(c)),
                    deal,
                    subject,
                    content,
                    "{}",
                    SqlValues.timestamp(at),
                    owners.get(rnd.nextInt(owners.size())),
                    null,
                    null,
                    null
                });
            }
            for (Object[] d : deals) {
                int stage = (int) d[1];
                Instant changed = (Instant) d[2];
                for (int s = 1; s <= stage; s++) {
                    Instant at = changed.minus(Duration.ofDays((long) (stage - s) * (5 + rnd.nextInt(10))));
                    var metadata = new LinkedHashMap<String, Object>();
                    metadata.put("from", STAGES[s - 1]);
                    metadata.put("to", STAGES[s]);
                    metadata.put("actor", owners.getFirst().toString());
                    rows.add(new Object[] {
                        UUID.nameUUIDFromBytes((B + "/stage/" + d[0] + "/" + s).getBytes(StandardCharsets.UTF_8)),
                        "STAGE_CHANGE",
                        d[3],
                        d[4],
                        d[0],
                        STAGE_LABELS[s - 1] + " → " + STAGE_LABELS[s],
                        "Moved forward from " + STAGE_LABELS[s - 1] + " to " + STAGE_LABELS[s],
                        Json.write(metadata),
                        SqlValues.timestamp(at),
                        owners.getFirst(),
                        null,
                        null,
                        null
                    });
                }
            }
            String[] tasks = {
                "Send the Desert Noir lookbook to ",
                "Confirm show seating with ",
                "Follow up with ",
                "Share line sheet with ",
                "Book atelier visit for "
            };
            for (int i = 0; i < 30; i++) {
                int c = rnd.nextInt(contactIds.size());
                Instant due = now.plus(Duration.ofHours(rnd.nextInt(24 * 24) - 24 * 10));
                boolean done = due.isBefore(now) && rnd.nextInt(3) == 0;
                UUID assignee = i % 4 == 3 ? owners.get(1) : owners.getFirst();
                rows.add(new Object[] {
                    UUID.nameUUIDFromBytes((B + "/task/" + i).getBytes(StandardCharsets.UTF_8)),
                    "TASK",
                    contactIds.get(c),
                    accountIds.get(contactAccount.get(c)),
                    null,
                    tasks[i % tasks.length] + contactNames.get(c),
                    null,
                    "{}",
                    SqlValues.timestamp(due.minus(Duration.ofDays(3 + rnd.nextInt(10)))),
                    owners.getFirst(),
                    assignee,
                    SqlValues.timestamp(due),
                    done ? SqlValues.timestamp(due.plus(Duration.ofHours(2))) : null
                });
            }
            jdbc.batchUpdate("""
                    INSERT INTO activities (id, type, contact_id, account_id, deal_id, subject, content, metadata,
                                            occurred_at, author_id, assignee_id, due_at, completed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, cast(? AS jsonb), ?, ?, ?, ?, ?)""", rows);
            jdbc.update("""
                    UPDATE contacts c SET last_activity_at = x.last
                    FROM (SELECT contact_id, max(occurred_at) AS last FROM activities
                          WHERE contact_id IS NOT NULL AND type <> 'TASK' GROUP BY contact_id) x
                    WHERE x.contact_id = c.id""");
        }

        private void segmentsAndPlaybooks() {
            segments.createSystem(
                    "VIP Buyers",
                    "Buyers tagged VIP",
                    ContactFilter.all().withAccountType(AccountType.BUYER).withTags(Set.of("vip"), TagMatch.ALL),
                    1);
            segments.createSystem(
                    "Milan Media",
                    "Editors, stylists and writers in Milan",
                    ContactFilter.all().withAccountType(AccountType.MEDIA).withTags(Set.of("milan"), TagMatch.ALL),
                    2);
            segments.createSystem(
                    "Beauty Sponsors",
                    "Sponsors from skincare and fragrance",
                    ContactFilter.all().withAccountType(AccountType.SPONSOR).withTags(Set.of("beauty"), TagMatch.ALL),
                    3);
            segments.createSystem(
                    "Luxury Vendors",
                    "Ateliers and suppliers for the luxury line",
                    ContactFilter.all().withAccountType(AccountType.VENDOR).withTags(Set.of("luxury"), TagMatch.ALL),
                    4);
            var playbook = "INSERT INTO playbooks (kind, title, doc_version, content_md, rules, created_by)"
                    + " VALUES (?, ?, ?, ?, cast(? AS jsonb), ?)";
            jdbc.update(
                    playbook,
                    "DNA",
                    "Maison DNA v2.1",
                    "2.1",
                    DemoTexts.DNA,
                    Json.write(DemoTexts.DNA_RULES),
                    owners.getFirst());
            jdbc.update(playbook, "SOP", "Sponsor Outreach SOP", "1.3", DemoTexts.SPONSOR_SOP, "{}", owners.getFirst());
            jdbc.update(
                    playbook,
                    "SOP",
                    "Press & Editor Outreach SOP",
                    "1.1",
                    DemoTexts.PRESS_SOP,
                    "{}",
                    owners.getFirst());
            var template = "INSERT INTO whatsapp_templates (name, content_sid, language, body, variables)"
                    + " VALUES (?, ?, 'en', ?, cast(? AS jsonb))";
            jdbc.update(
                    template,
                    "desert_noir_invitation",
                    contentSid(rnd),
                    "Hello {{1}}, Maison Aurelle would be honoured to welcome you to the Desert Noir SS25 show on"
                            + " {{2}}. May we reserve your seat? Reply STOP to opt out.",
                    "[\"first_name\", \"show_date\"]");
            jdbc.update(
                    template,
                    "lookbook_follow_up",
                    contentSid(rnd),
                    "Hello {{1}}, the Desert Noir lookbook is ready for you: {{2}}. With warm regards, Maison Aurelle."
                            + " Reply STOP to opt out.",
                    "[\"first_name\", \"lookbook_link\"]");
        }
    }

    /** The second brand: a handful of rows of its own, to show isolation. */
    private final class NordData {

        private final Random rnd;
        private final UUID owner;

        NordData(Random rnd, UUID owner) {
            this.rnd = rnd;
            this.owner = owner;
        }

        void seed() {
            String b = NORD_SLUG;
            String[][] accounts = {
                {"Fjord Knitwear Mill", "VENDOR", "fjord-knit.example", "Oslo", "NO"},
                {"Norrsken Journal", "MEDIA", "norrsken.example", "Stockholm", "SE"},
                {"Kobenhavn Varehus", "BUYER", "kbh-varehus.example", "Copenhagen", "DK"}
            };
            var accountRows = new ArrayList<Object[]>();
            for (int i = 0; i < accounts.length; i++) {
                accountRows.add(new Object[] {
                    id(b, "account", i),
                    accounts[i][0],
                    accounts[i][1],
                    "https://" + accounts[i][2],
                    accounts[i][3],
                    accounts[i][4],
                    owner
                });
            }
            jdbc.batchUpdate(
                    "INSERT INTO accounts (id, name, type, website, city, country, owner_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    accountRows);
            String[] names = {
                "Astrid Holm", "Nils Bergstrand", "Sigrid Dahl", "Elias Nyqvist", "Ingrid Solberg", "Oskar Lund"
            };
            String[] roles = {
                "Mill Manager",
                "Fashion Editor",
                "Head Buyer",
                "Production Manager",
                "Features Writer",
                "Womenswear Buyer"
            };
            var contactRows = new ArrayList<Object[]>();
            for (int i = 0; i < names.length; i++) {
                int a = i % accounts.length;
                contactRows.add(new Object[] {
                    id(b, "contact", i),
                    id(b, "account", a),
                    names[i],
                    ascii(names[i].split(" ")[0]) + "@" + accounts[a][2],
                    roles[i],
                    accounts[a][3],
                    new String[] {accounts[a][3].toLowerCase(java.util.Locale.ROOT)},
                    BigDecimal.valueOf(rnd.nextDouble() - 0.3).setScale(2, RoundingMode.HALF_UP),
                    owner
                });
            }
            jdbc.batchUpdate(
                    "INSERT INTO contacts (id, account_id, name, email, role, city, tags, sentiment_score,"
                            + " owner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    contactRows);
            String[] deals = {
                "Fjord — Merino Capsule Yarn", "Norrsken — Polar Light Editorial", "Kobenhavn Varehus — AW25 Order"
            };
            var dealRows = new ArrayList<Object[]>();
            for (int i = 0; i < deals.length; i++) {
                dealRows.add(new Object[] {
                    id(b, "deal", i),
                    id(b, "account", i),
                    id(b, "contact", i),
                    owner,
                    deals[i],
                    STAGES[i],
                    i,
                    BigDecimal.valueOf(20_000L + 10_000L * i),
                    LocalDate.now().plusDays(30),
                    "Polar Light AW25"
                });
            }
            jdbc.batchUpdate("""
                    INSERT INTO deals (id, account_id, primary_contact_id, owner_id, title, stage, stage_index,
                                       value_forecast, expected_close, campaign)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", dealRows);
            jdbc.update(
                    "INSERT INTO activities (type, contact_id, account_id, subject, content, author_id)"
                            + " VALUES ('NOTE', ?, ?, 'Intro', 'Met at the Copenhagen fair.', ?)",
                    id(b, "contact", 2),
                    id(b, "account", 2),
                    owner);
        }
    }

    private static String contentSid(Random rnd) {
        byte[] bytes = new byte[16];
        rnd.nextBytes(bytes);
        return "HX" + HexFormat.of().formatHex(bytes);
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }
}
