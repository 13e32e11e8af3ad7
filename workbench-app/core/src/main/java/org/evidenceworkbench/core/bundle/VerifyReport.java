package org.evidenceworkbench.core.bundle;

import java.util.List;

/**
 * What verifying a bundle found, layer by layer in the order checked: signature, BagIt,
 * case.jsonld, vics.json. The bundle is good when every layer is.
 *
 * @param bundle     what was checked
 * @param bundleId   bag-info.txt's Bundle-Identifier, or null when unreadable
 * @param layers     each layer's result
 */
public record VerifyReport(String bundle, String bundleId, List<Layer> layers) {

    /**
     * One layer's result.
     *
     * @param name     {@code signature}, {@code bagit}, {@code case.jsonld} or {@code vics.json}
     * @param ok       whether the layer passed
     * @param problems what is wrong, each naming the file concerned
     * @param notes    what was checked and found, for the reader
     */
    public record Layer(String name, boolean ok, List<String> problems, List<String> notes) {
    }

    public boolean ok() {
        return layers.stream().allMatch(Layer::ok);
    }

    public Layer layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layer " + name));
    }
}
