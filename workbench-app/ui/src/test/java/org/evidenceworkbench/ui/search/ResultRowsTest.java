package org.evidenceworkbench.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.evidenceworkbench.core.item.ItemRows.ItemRow;
import org.junit.jupiter.api.Test;

class ResultRowsTest {

    private static ResultRows rows() {
        ResultRows rows = new ResultRows(2); // grows past its first capacity
        rows.add(new ItemRow(3, "DCIM/b.jpg", "picture", "image/jpeg", 500, 1000, "2024-03-05T14:30:00", "ok", "aa"));
        rows.add(new ItemRow(7, "mail.zip!/A.txt", "document", "text/plain", -1, Long.MIN_VALUE, null, "ok", "bb"));
        rows.add(new ItemRow(9, "c.pdf", null, null, 20, 500, null, "failed", null));
        rows.add(new ItemRow(12, "x/a.JPG", "picture", "image/jpeg", 500, 2000, null, "ok", "cc"));
        return rows;
    }

    private static List<Long> ids(ResultRows rows, int[] order) {
        List<Long> out = new ArrayList<>();
        for (int row : order) {
            out.add(rows.id(row));
        }
        return out;
    }

    @Test
    void sortsByNameIgnoringCaseWithTheIdBreakingTies() {
        ResultRows rows = rows();
        // A.txt and a.JPG compare as "a.txt" / "a.jpg"
        assertThat(ids(rows, rows.order(ResultColumn.NAME, false))).containsExactly(12L, 7L, 3L, 9L);
        assertThat(ids(rows, rows.order(ResultColumn.NAME, true))).containsExactly(9L, 3L, 7L, 12L);
    }

    @Test
    void sortsNumbersAndKeepsEmptyTextLastBothWays() {
        ResultRows rows = rows();
        assertThat(ids(rows, rows.order(ResultColumn.SIZE, true))).containsExactly(12L, 3L, 9L, 7L);
        assertThat(ids(rows, rows.order(ResultColumn.SIZE, false))).containsExactly(7L, 9L, 3L, 12L);
        assertThat(ids(rows, rows.order(ResultColumn.TYPE, false))).containsExactly(7L, 3L, 12L, 9L);
        assertThat(ids(rows, rows.order(ResultColumn.TYPE, true))).containsExactly(12L, 3L, 7L, 9L);
    }

    @Test
    void readsCellsAsTheTableShowsThemAndFindsRowsById() {
        ResultRows rows = rows();
        assertThat(rows.size()).isEqualTo(4);
        assertThat(rows.name(1)).isEqualTo("A.txt");
        assertThat(ResultColumn.SIZE.text(rows, 1)).isEmpty();
        assertThat(ResultColumn.MODIFIED.text(rows, 1)).isEmpty();
        assertThat(ResultColumn.TAKEN.text(rows, 0)).isEqualTo("05/03/2024 14:30");
        assertThat(ResultColumn.MODIFIED.text(rows, 3)).isEqualTo("01/01/1970 01:00"); // London was on BST all 1970
        assertThat(rows.rowOf(9)).isEqualTo(2);
        assertThat(rows.rowOf(8)).isEqualTo(-1);
    }
}
