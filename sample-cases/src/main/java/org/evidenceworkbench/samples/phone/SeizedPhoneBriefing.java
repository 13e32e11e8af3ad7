package org.evidenceworkbench.samples.phone;

import org.evidenceworkbench.core.training.AnswerKey;

/** The trainer's briefing of the seized-phone case: setup, the story for the trainee, the debrief. */
final class SeizedPhoneBriefing {

    private SeizedPhoneBriefing() {
    }

    static String markdown(AnswerKey key) {
        StringBuilder md = new StringBuilder();
        md.append("# Training case: seized phone (").append(key.size()).append(", seed ").append(key.seed())
                .append(")\n\n");
        md.append("Everything in this case is invented. The \"known-bad\" pictures are neutral placeholders (coloured\n"
                + "blocks) that stand for a known-bad category only because `training-hashset.txt` lists them.\n\n");
        md.append("## Setting up (trainer)\n\n");
        md.append("```\nworkbench hashset import training-phone training-hashset.txt --kind known-bad\n"
                + "WORKBENCH_OPTS=\"-Dworkbench.watchlist=$PWD/watchlist.txt\" workbench ingest CASE evidence\n```\n\n"
                + "Remove the training set afterwards with `workbench hashset remove training-phone`.\n\n");
        md.append("## For the trainee\n\n");
        md.append("A phone was seized from a man arrested after a meeting near a London park. The extraction is in\n"
                + "`evidence/` (`sdcard/` as the phone's storage, `data/data/` its apps' databases). Find what shows\n"
                + "who he dealt with, where he met them, how he was paid, and any known-bad material. Tag each\n"
                + "relevant item `relevant` and with what it shows (`location`, `known-bad`, `finance`,\n"
                + "`watchlist`, `messages`); confirm the findings you rely on. The phone's messages, contacts, calls\n"
                + "and browser history are items of their own inside each app's database.\n\n");
        md.append("## For the trainer (debrief; do not hand out)\n\n");
        md.append("Score with `workbench train score CASE --key answer-key.json`.\n\n");
        md.append("| Priority | Item | Why | Tags |\n|---|---|---|---|\n");
        for (AnswerKey.Item item : key.items()) {
            md.append("| ").append(item.priority().label()).append(" | `").append(item.path()).append("` | ")
                    .append(item.why()).append(" | ").append(String.join(", ", item.tags())).append(" |\n");
        }
        md.append("\nThe SMS, contacts, calls and browser visits are read out of the apps' databases during the\n"
                + "ingest: each is an item inside its database (`mmssms.db!/message-sms-2.txt`), searchable and\n"
                + "run through the detectors like any text. `workbench artefacts CASE --type message` lists them and\n"
                + "`workbench conversation CASE android-sms:1` shows the exchange with the supplier in order.\n\n");
        md.append("Points to raise: the messages matter one by one, so tag the SMS items, not the whole database;\n"
                + "the supplier is saved only as \"K\", and his number ties the contact, the calls and the SMS together\n"
                + "(`entities`); the meeting picture is found by its GPS position, not by a detector; the known-bad\n"
                + "screenshot is inside a zip.\n");
        return md.toString();
    }
}
