package org.evidenceworkbench.samples.fraud;

import org.evidenceworkbench.core.training.AnswerKey;

/** The trainer's briefing of the fraud case: the story for the trainee, then the debrief for the trainer. */
final class FraudBriefing {

    private FraudBriefing() {
    }

    static String markdown(AnswerKey key) {
        StringBuilder md = new StringBuilder();
        md.append("# Training case: fraud (").append(key.size()).append(", seed ").append(key.seed()).append(")\n\n");
        md.append("All people, companies, accounts, cards and wallets in this case are invented. Card numbers are the\n"
                + "card schemes' public test numbers, bank accounts belong to an invented bank \"TEST\", wallets are\n"
                + "random addresses nobody holds, phone numbers are Ofcom's drama numbers.\n\n");
        md.append("## For the trainee\n\n");
        md.append("Brightwater Supplies paid GBP 4,860 for invoice 4471 into an account that was not theirs. The\n"
                + "bookkeeper of the paying firm, Dana Whitlock, handled the invoice; her work mailbox and files\n"
                + "were seized. Separately, a card issuer has linked test-purchase fraud to an address she uses.\n\n");
        md.append("1. Create a case and ingest `evidence/`.\n");
        md.append("2. Triage: find the items that show card data for sale, the diverted payment and where the money\n"
                + "   went. Tag each relevant item `relevant` and with what it shows (`card-data`, `mandate-fraud`,\n"
                + "   `crypto`); confirm the findings you rely on.\n");
        md.append("3. Leave the ordinary office material alone.\n\n");
        md.append("## For the trainer (debrief; do not hand out)\n\n");
        md.append("Score the trainee with `workbench train score CASE --key answer-key.json`. The items a good\n"
                + "triage surfaces (an item counts with everything inside it, e.g. the mailbox's messages):\n\n");
        md.append("| Priority | Item | Why | Tags |\n|---|---|---|---|\n");
        for (AnswerKey.Item item : key.items()) {
            md.append("| ").append(item.priority().label()).append(" | `").append(item.path()).append("` | ")
                    .append(item.why()).append(" | ").append(String.join(", ", item.tags())).append(" |\n");
        }
        md.append("\nPoints to raise: the same wallets appear in the mail, the wallet list and the instructions (a\n"
                + "trail across documents); the change-of-bank-details mail is the classic mandate-fraud pattern;\n"
                + "the card list was also sent as a mail attachment, so it appears twice with the same hash.\n");
        return md.toString();
    }
}
