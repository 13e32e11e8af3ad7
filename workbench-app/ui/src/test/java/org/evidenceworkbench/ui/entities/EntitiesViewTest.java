package org.evidenceworkbench.ui.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.ui.testing.FxViews.onFx;

import java.util.concurrent.CountDownLatch;

import org.evidenceworkbench.core.item.EntityItems;
import org.evidenceworkbench.ui.session.ItemFilter;
import org.evidenceworkbench.ui.testing.FxViews;
import org.evidenceworkbench.ui.testing.GeneratedCase;
import org.evidenceworkbench.ui.testing.OpenSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The entities view on a real case: the shared e-mail address is listed first with its two items, and choosing it filters to them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntitiesViewTest {

    private GeneratedCase generated;
    private OpenSession open;
    private EntitiesView view;

    @BeforeAll
    void showEntities() {
        generated = GeneratedCase.shared();
        open = new OpenSession(generated.caseDir(), "DC Entities");
        view = FxViews.show(() -> new EntitiesView(open.session()), 900, 700);
    }

    @AfterAll
    void close() {
        open.close();
    }

    @Test
    void theSharedAddressIsListedWithItsItemsAndChoosingItFiltersToThem() {
        assertThat(view.shown()).extracting(e -> e.summary().type()).contains("email", "phone")
                .doesNotContain("pdq");
        EntityItems.Entity email = view.shown().get(0);
        assertThat(email.summary().type()).isEqualTo("email");
        assertThat(email.summary().value()).isEqualTo(GeneratedCase.EMAIL);
        assertThat(email.summary().items()).isEqualTo(2);
        assertThat(FxViews.colours(FxViews.snapshot(view.node()))).isGreaterThan(5);

        onFx(() -> view.type().setValue("phone"));
        assertThat(view.shown()).allSatisfy(e -> assertThat(e.summary().type()).isEqualTo("phone")).isNotEmpty();
        onFx(() -> view.type().setValue(EntitiesView.ALL_TYPES));

        CountDownLatch filtered = new CountDownLatch(1);
        onFx(() -> {
            open.session().filter().addListener((o, a, b) -> filtered.countDown());
            view.table().getSelectionModel().select(0);
        });
        FxViews.await(filtered);
        ItemFilter filter = open.session().filter().get();
        assertThat(filter.label()).isEqualTo("Entity email " + GeneratedCase.EMAIL + " (2 items)");
        assertThat(filter.itemIds().stream().boxed().toList()).containsExactlyInAnyOrder(
                (int) generated.id("notes.txt"), (int) generated.id("letter.txt"));
        assertThat(onFx(view::mentions)).extracting(EntityItems.Mention::path)
                .containsExactlyInAnyOrder("notes.txt", "letter.txt");
        assertThat(open.errors()).isEmpty();
    }
}
