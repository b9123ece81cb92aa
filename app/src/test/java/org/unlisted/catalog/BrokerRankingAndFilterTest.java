package org.unlisted.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

class BrokerRankingAndFilterTest {
    @TempDir
    Path temp;

    private Catalog catalog() throws Exception {
        TestCatalog files = new TestCatalog(temp.resolve("catalog"))
                .add("plain")
                .add("crucial-quiet", b -> b.put("priority", "crucial"))
                .add("crucial-exposed", b -> b.put("priority", "crucial").put("showsRelatives", true)
                        .put("showsAddress", true))
                .add("high", b -> b.put("priority", "high").put("category", "phone-lookup"))
                .add("small-group", b -> b.putArray("covers").add("sister-a"))
                .add("big-group", b -> b.putArray("covers").add("sister-b").add("sister-c"))
                .add("sister-a", b -> viaGroup(b, "small-group"))
                .add("sister-b", b -> viaGroup(b, "big-group"))
                .add("sister-c", b -> viaGroup(b, "big-group"))
                .add("needs-id", b -> ((ObjectNode) b.get("optOut")).putObject("requires").put("govId", true)
                        .put("account", false).put("phoneVerification", false))
                .add("no-id", b -> ((ObjectNode) b.get("optOut")).putObject("requires").put("govId", false)
                        .put("account", false).put("phoneVerification", false))
                .add("by-phone", b -> ((ObjectNode) b.get("optOut")).put("method", "phone").put("phone", "+1 555 010 0000")
                        .putObject("requires").put("govId", false).put("account", false));
        return new CatalogLoader(LocalDate.of(2026, 11, 29)).load(files.folder());
    }

    private static void viaGroup(ObjectNode broker, String group) {
        broker.put("group", group);
        ((ObjectNode) broker.get("optOut")).put("method", "via-group");
    }

    @Test
    void planOrderPutsBigGroupsFirstThenPriorityThenExposure() throws Exception {
        Catalog catalog = catalog();

        assertThat(catalog.issues()).isEmpty();
        assertThat(catalog.brokers()).extracting(Broker::id).startsWith(
                "big-group", "small-group", "crucial-exposed", "crucial-quiet", "high");
        assertThat(catalog.brokers().get(catalog.size() - 1).priority()).isEqualTo(Broker.Priority.NORMAL);
    }

    @Test
    void filtersNarrowByWordsCategoryMethodGroupAndRequirements() throws Exception {
        Catalog catalog = catalog();

        assertThat(filter(catalog, new BrokerFilter("SISTER-B.exam", null, null, null, false, false, false)))
                .containsExactly("sister-b");
        assertThat(filter(catalog, new BrokerFilter(null, Broker.Category.PHONE_LOOKUP, null, null, false, false,
                false))).containsExactly("high");
        assertThat(filter(catalog, new BrokerFilter(null, null, Broker.Method.VIA_GROUP, null, false, false, false)))
                .containsExactlyInAnyOrder("sister-a", "sister-b", "sister-c");
        assertThat(filter(catalog, new BrokerFilter(null, null, null, "big-group", false, false, false)))
                .containsExactlyInAnyOrder("big-group", "sister-b", "sister-c");
        // Only opt-outs known not to ask: an unknown requirement does not pass.
        assertThat(filter(catalog, new BrokerFilter(null, null, null, null, true, false, false)))
                .containsExactlyInAnyOrder("no-id", "by-phone");
        assertThat(filter(catalog, new BrokerFilter(null, null, null, null, true, true, true)))
                .containsExactly("no-id");
        assertThat(filter(catalog, BrokerFilter.ANY)).hasSize(catalog.size());
    }

    private static java.util.List<String> filter(Catalog catalog, BrokerFilter filter) {
        return catalog.brokers().stream().filter(filter).map(Broker::id).toList();
    }
}
