package org.evidenceworkbench.ui.item;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.evidenceworkbench.core.media.ItemBytes;
import org.evidenceworkbench.ui.errors.PlainMessage;
import org.evidenceworkbench.ui.session.CaseSession;

/**
 * The hex view, a page at a time: each page is read from the source through {@link ItemBytes},
 * which checks the item's hash, and only that page is held.
 */
final class HexPane {

    static final int PAGE = 4096;

    private final CaseSession session;
    private final BorderPane node = new BorderPane();
    private final TextArea dump = new TextArea();
    private final Label where = new Label();
    private final Button previous = new Button("Previous page");
    private final Button next = new Button("Next page");
    private long itemId = -1;
    private long offset;
    private long total;

    HexPane(CaseSession session) {
        this.session = session;
        dump.setId("hex");
        dump.setEditable(false);
        dump.setStyle("-fx-font-family: monospace;");
        previous.setOnAction(e -> load(Math.max(0, offset - PAGE)));
        next.setOnAction(e -> load(offset + PAGE));
        HBox bar = new HBox(8, previous, next, where);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        node.setTop(bar);
        node.setCenter(dump);
    }

    BorderPane node() {
        return node;
    }

    /** Shows the first page of another item (read when the tab is first looked at). */
    void showItem(long id) {
        itemId = id;
        offset = 0;
        total = 0;
        dump.setText("");
        where.setText("");
    }

    /** Reads the current page if it is not shown yet. */
    void ensureLoaded() {
        if (itemId >= 0 && dump.getText().isEmpty()) {
            load(offset);
        }
    }

    private void load(long from) {
        long id = itemId;
        session.background(() -> {
            try {
                return new ItemBytes(session.theCase()).page(id, from, PAGE);
            } catch (RuntimeException e) {
                return e;
            }
        }, result -> {
            if (id != itemId) {
                return;
            }
            if (result instanceof ItemBytes.Page page) {
                offset = page.offset();
                total = page.total();
                dump.setText(HexDump.format(page.offset(), page.bytes()));
                where.setText(String.format(Locale.UK, "bytes %,d–%,d of %,d", page.offset(),
                        page.offset() + page.bytes().length, page.total()));
            } else {
                dump.setText(PlainMessage.of((Throwable) result));
                where.setText("");
            }
            previous.setDisable(offset == 0);
            next.setDisable(offset + PAGE >= total);
        });
    }
}
