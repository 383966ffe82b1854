package com.fashionos.ui.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fashionos.crm.playbook.Playbook;
import com.fashionos.crm.playbook.PlaybookKind;
import com.fashionos.crm.playbook.PlaybookService;
import com.fashionos.crm.playbook.StoredChunk;
import com.fashionos.ui.activity.SeededViewTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlaybooksViewTest extends SeededViewTest {

    @Autowired
    PlaybookService playbooks;

    @Test
    void lists_the_maison_dna_and_the_two_sops() {
        PlaybooksView view = navigate(PlaybooksView.class);
        var grid = test(view.grid);

        List<String> titles = IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).title())
                .toList();
        assertThat(titles).contains("Maison DNA v2.1", "Sponsor Outreach SOP", "Press & Editor Outreach SOP");
        assertThat(grid.getRow(0).kind()).isEqualTo(PlaybookKind.DNA);
        assertThat(view.create.isVisible()).isTrue();
        assertThat(view.uploadNew.isVisible()).isTrue();
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void a_viewer_reads_but_cannot_edit_or_upload() {
        signIn(VIEWER);
        PlaybooksView view = navigate(PlaybooksView.class);

        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(3);
        assertThat(view.create.isVisible()).isFalse();
        assertThat(view.uploadNew.isVisible()).isFalse();
        assertThat(test(view.grid).getCellText(0, columnIndex(view, "actions"))).isBlank();
    }

    @Test
    void a_blank_title_is_refused_with_a_message_and_nothing_is_saved() {
        PlaybooksView view = navigate(PlaybooksView.class);
        int before = asMaison(() -> playbooks.list().size());
        test(view.create).click();
        PlaybookEditor editor = $(PlaybookEditor.class).single();

        test(editor.content).setValue("# Something\n\nText.");
        test(editor.save).click();

        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.title.getErrorMessage()).isEqualTo("Give the playbook a title");
        assertThat(editor.isOpened()).isTrue();
        assertThat(asMaison(() -> playbooks.list().size())).isEqualTo(before);

        test(editor.title).setValue("Untitled");
        test(editor.content).setValue("   ");
        test(editor.save).click();
        assertThat(editor.content.isInvalid()).isTrue();
        assertThat(editor.content.getErrorMessage()).isEqualTo("Write or upload the playbook's Markdown");
    }

    @Test
    void a_bad_upload_says_why_and_keeps_the_text_a_good_one_fills_the_editor() {
        PlaybooksView view = navigate(PlaybooksView.class);
        test(view.uploadNew).click();
        PlaybookEditor editor = $(PlaybookEditor.class).single();
        test(editor.content).setValue("# Kept\n\nMy draft.");

        assertThat(editor.acceptUpload("logo.png", new byte[] {1, 2, 3})).isFalse();
        assertThat(editor.uploadMessage.getText())
                .contains("not a Markdown file")
                .contains("unchanged");
        assertThat(editor.acceptUpload("huge.md", new byte[PlaybookEditor.MAX_BYTES + 1]))
                .isFalse();
        assertThat(editor.uploadMessage.getText()).contains("at most 200 KB");
        assertThat(editor.content.getValue()).isEqualTo("# Kept\n\nMy draft.");

        assertThat(editor.acceptUpload(
                        "vip.md",
                        "# VIP Seating SOP\n\n## Front row\n\nEditors first.".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(editor.content.getValue()).startsWith("# VIP Seating SOP");
        assertThat(editor.title.getValue()).isEqualTo("VIP Seating SOP");
    }

    @Test
    void editing_the_sponsor_sop_reindexes_it_through_the_workflow() {
        Playbook sop = asMaison(() -> playbooks.list().stream()
                .filter(p -> p.title().equals("Sponsor Outreach SOP"))
                .findFirst()
                .orElseThrow());
        await().atMost(Duration.ofSeconds(120)).until(() -> !chunks(sop).isEmpty());
        int before = chunks(sop).size();
        String original = sop.contentMd();
        try {
            PlaybooksView view = navigate(PlaybooksView.class);
            view.openEditor(sop, false);
            roundTrip();
            PlaybookEditor editor = $(PlaybookEditor.class).single();
            assertThat(editor.kind.isReadOnly()).isTrue();
            test(editor.content)
                    .setValue(original + "\n\n## New section\n\nSponsors of the Milan show get a backstage tour.\n");
            test(editor.save).click();

            assertThat(editor.isOpened()).isFalse();
            assertThat(view.indexing.isVisible()).isTrue();
            assertThat(view.indexingText.getText()).isEqualTo("Indexing sections of \"Sponsor Outreach SOP\"…");
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> chunks(sop).stream().anyMatch(c -> c.heading().contains("New section")));
            assertThat(chunks(sop)).hasSize(before + 1);
            assertThat(asMaison(() -> playbooks.find(sop.id()).orElseThrow().indexedAt()))
                    .isNotNull();
        } finally {
            asMaison(() -> playbooks.update(sop.id(), sop.title(), sop.docVersion(), original, sop.rulesJson()));
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> chunks(sop).size() == before);
        }
    }

    private List<StoredChunk> chunks(Playbook p) {
        return asMaison(() -> playbooks.chunks(p.id()));
    }

    private static int columnIndex(PlaybooksView view, String key) {
        return view.grid.getColumns().indexOf(view.grid.getColumnByKey(key));
    }
}
