package org.evidenceworkbench.samples.fraud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.evidenceworkbench.core.training.AnswerKey;
import org.evidenceworkbench.core.training.AnswerKey.ExpectedFinding;
import org.evidenceworkbench.core.training.AnswerKey.Item;
import org.evidenceworkbench.core.training.AnswerKey.Priority;
import org.evidenceworkbench.samples.Scenario;
import org.evidenceworkbench.samples.Size;
import org.evidenceworkbench.samples.build.Documents;
import org.evidenceworkbench.samples.build.EvidenceFiles;
import org.evidenceworkbench.samples.build.Mail;
import org.evidenceworkbench.samples.build.SyntheticIdentifiers;

/**
 * Fraud: the seized mailbox and documents of an invented bookkeeper who sells card data, diverts an
 * invoice payment to a new bank account and launders the proceeds through crypto wallets. Every
 * person, company and number is made up (example.org/.net mail, Ofcom drama phone numbers, scheme
 * test cards, a "TEST" bank, random wallet addresses).
 */
public final class FraudScenario implements Scenario {

    /** Every file and document date in the case, so generations differ only by seed. */
    static final Instant CREATED = Instant.parse("2025-03-14T09:30:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final String DANA = "Dana Whitlock <dana.whitlock@example.org>";
    static final String RAVI = "Ravi Okafor <ravi.okafor@example.net>";
    static final String SUPPLIER = "Brightwater Supplies Accounts <accounts@brightwater.example.net>";
    // Ofcom's drama landline range: libphonenumber rejects the drama mobiles (07700 900xxx) as unallocated
    static final String DANA_DIRECT = "020 7946 0461";
    static final String DANA_DIRECT_E164 = "+442079460461";
    static final String OFFICE = "020 7946 0823";
    static final String OFFICE_E164 = "+442079460823";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Override
    public String name() {
        return "fraud";
    }

    @Override
    public String description() {
        return "A bookkeeper's mailbox and files: card numbers for sale, a diverted invoice, a crypto wallet trail.";
    }

    @Override
    public void generate(Path dir, Size size, long seed) throws IOException {
        Random random = new Random(seed);
        SyntheticIdentifiers ids = new SyntheticIdentifiers(random);
        Documents docs = new Documents(CREATED);
        EvidenceFiles files = new EvidenceFiles(Files.createDirectories(dir.resolve("evidence")), CREATED);
        List<Item> key = new ArrayList<>();

        String btcCold = ids.bitcoin();
        String btcHot = ids.bitcoin();
        String ethMain = ids.ethereum();
        String ethMixer = ids.ethereum();
        String divertedIban = ids.ibanGb();
        List<String> muleIbans = List.of(ids.ibanGb(), ids.ibanGb(), ids.ibanGb());

        // the cards for sale, as a list and as a mail attachment
        List<String> cards = SyntheticIdentifiers.TEST_CARDS;
        List<List<String>> cardRows = new ArrayList<>();
        String[] holders = {"A. Fenwick", "J. Marlowe", "P. Okonjo", "S. Drummond", "L. Castellane", "R. Voss"};
        for (int i = 0; i < cards.size(); i++) {
            cardRows.add(List.of(holders[i], cards.get(i), String.format(Locale.ROOT, "%02d/27", 1 + random.nextInt(12)),
                    String.valueOf(15 + random.nextInt(30))));
        }
        byte[] cardSheet = docs.xlsx("Stock", "D Whitlock", "March", List.of("Holder", "Card", "Expiry", "Price GBP"),
                cardRows);
        files.write("finance/cards-march.xlsx", cardSheet);
        key.add(new Item("finance/cards-march.xlsx", Priority.HIGH, "A list of card numbers with prices: card data for sale.",
                cards.stream().map(c -> new ExpectedFinding("card", c)).toList(), List.of("relevant", "card-data")));

        // the mailbox: the cards go out, the proceeds come back as crypto
        List<Mail> mails = new ArrayList<>();
        mails.add(new Mail("fraud-0001@example.org", DANA, RAVI, "This week's batch", at(3, 9, 12),
                "Batch for this week attached, six of them.\nRing me on my direct line " + DANA_DIRECT
                        + " if the portal refuses any.\nD", List.of(new Mail.Attachment("batch-12.xlsx", XLSX, cardSheet))));
        mails.add(new Mail("fraud-0002@example.net", RAVI, DANA, "Where to send", at(4, 18, 40),
                "Payment for the batch is going to the cold wallet " + btcCold + "\nNot the old one.\nR", List.of()));
        mails.add(new Mail("fraud-0003@example.org", DANA, RAVI, "Re: Where to send", at(5, 8, 5),
                "Received. The rest goes to " + ethMain + " as agreed.\nD", List.of()));
        mails.add(new Mail("fraud-0004@example.org", DANA, "Office <office@example.org>", "Lunch on Friday?",
                at(6, 12, 1), "Anyone for the new place on Friday? Back by two.\nDana", List.of()));
        files.write("mail/dana-whitlock.mbox", Mail.mbox(mails));
        List<ExpectedFinding> mailboxFindings = new ArrayList<>();
        cards.forEach(c -> mailboxFindings.add(new ExpectedFinding("card", c)));
        mailboxFindings.add(new ExpectedFinding("phone", DANA_DIRECT_E164));
        mailboxFindings.add(new ExpectedFinding("bitcoin", btcCold));
        mailboxFindings.add(new ExpectedFinding("ethereum", ethMain.toLowerCase(Locale.ROOT)));
        key.add(new Item("mail/dana-whitlock.mbox", Priority.HIGH,
                "The card list sent to an accomplice, and where the payment went (Bitcoin, Ethereum).",
                mailboxFindings, List.of("relevant", "card-data", "crypto")));

        // the diverted invoice: a "change of bank details" mail with the invoice attached
        byte[] invoice = docs.pdf("Invoice 4471", "Brightwater Supplies", List.of(
                "Brightwater Supplies Ltd - Invoice 4471", "Date: 10 March 2025", "",
                "Office stationery, March                GBP 4,860.00", "",
                "Please pay by bank transfer to our NEW account:",
                "IBAN " + SyntheticIdentifiers.grouped(divertedIban),
                "Queries: " + OFFICE));
        files.write("mail/invoice-4471-new-bank-details.eml", new Mail("fraud-0005@brightwater.example.net", SUPPLIER,
                DANA, "Invoice 4471 - change of bank details", at(10, 10, 22),
                "Dear Dana,\nPlease note our bank details have changed. Pay invoice 4471 to\nIBAN "
                        + SyntheticIdentifiers.grouped(divertedIban) + "\nRegards, Accounts",
                List.of(new Mail.Attachment("invoice-4471.pdf", "application/pdf", invoice))).eml());
        key.add(new Item("mail/invoice-4471-new-bank-details.eml", Priority.HIGH,
                "A change-of-bank-details request: the invoice payment diverted to a new account.",
                List.of(new ExpectedFinding("iban", divertedIban), new ExpectedFinding("phone", OFFICE_E164)),
                List.of("relevant", "mandate-fraud")));

        // where the diverted money went: transfers out to mule accounts
        List<List<String>> transfers = new ArrayList<>();
        for (String iban : muleIbans) {
            transfers.add(List.of("2025-03-1" + (1 + transfers.size()), iban,
                    String.format(Locale.ROOT, "%d.00", 900 + random.nextInt(900))));
        }
        files.write("finance/transfers.xlsx", docs.xlsx("Transfers", "D Whitlock", "Out",
                List.of("Date", "To IBAN", "Amount GBP"), transfers));
        key.add(new Item("finance/transfers.xlsx", Priority.HIGH, "Onward transfers of the diverted payment.",
                muleIbans.stream().map(i -> new ExpectedFinding("iban", i)).toList(),
                List.of("relevant", "mandate-fraud")));

        files.write("documents/wallets.docx", docs.docx("Wallets", "D Whitlock", List.of(
                "Cold storage (do not spend): " + btcCold,
                "Day to day: " + btcHot,
                "ETH main: " + ethMain,
                "Seed phrase is in the usual place.")));
        key.add(new Item("documents/wallets.docx", Priority.HIGH, "The wallet list that ties the payments together.",
                List.of(new ExpectedFinding("bitcoin", btcCold), new ExpectedFinding("bitcoin", btcHot),
                        new ExpectedFinding("ethereum", ethMain.toLowerCase(Locale.ROOT))),
                List.of("relevant", "crypto")));

        files.write("documents/instructions.pdf", docs.pdf("Notes", "D Whitlock", List.of(
                "1. Wait for the Brightwater payment to clear.",
                "2. Split it over the three accounts (see transfers).",
                "3. Buy coins and send them to " + btcHot,
                "4. Swap through " + ethMixer)));
        key.add(new Item("documents/instructions.pdf", Priority.MEDIUM, "Step-by-step laundering notes.",
                List.of(new ExpectedFinding("bitcoin", btcHot),
                        new ExpectedFinding("ethereum", ethMixer.toLowerCase(Locale.ROOT))),
                List.of("relevant", "crypto")));

        files.writeText("notes/todo.txt", "- call Ravi (" + DANA_DIRECT + ") about the batch\n- check " + ethMixer
                + " has cleared\n- milk\n");
        key.add(new Item("notes/todo.txt", Priority.MEDIUM, "A to-do list naming the accomplice and the swap wallet.",
                List.of(new ExpectedFinding("phone", DANA_DIRECT_E164),
                        new ExpectedFinding("ethereum", ethMixer.toLowerCase(Locale.ROOT))),
                List.of("relevant")));

        files.writeText("notes/contacts.txt", "Brightwater accounts: " + OFFICE + "\nRavi: ravi.okafor@example.net\n");
        key.add(new Item("notes/contacts.txt", Priority.LOW, "Contacts that link the suspect to the supplier and accomplice.",
                List.of(new ExpectedFinding("phone", OFFICE_E164), new ExpectedFinding("email", "ravi.okafor@example.net")),
                List.of("relevant")));

        // things a good triage leaves alone
        files.writeText("notes/shopping-list.txt", "bread\neggs\ncoffee\nprinter paper\n");
        files.write("documents/newsletter.pdf", docs.pdf("Staff newsletter", "Office", List.of(
                "Staff newsletter - March", "The kitchen is being repainted on Tuesday.", "Fire drill at 11am.")));
        if (size == Size.FULL) {
            new FraudBackground(random, files, docs).write();
        }

        AnswerKey answerKey = new AnswerKey(AnswerKey.FORMAT, name(), size.label(), seed, key);
        answerKey.write(dir.resolve("answer-key.json"));
        Files.writeString(dir.resolve("briefing.md"), FraudBriefing.markdown(answerKey));
    }

    private static ZonedDateTime at(int day, int hour, int minute) {
        return ZonedDateTime.of(2025, 3, day, hour, minute, 0, 0, LONDON);
    }
}
