package org.civiccatalog.harvest.links;

/** Which property of a dataset's metadata gives a URL. */
public enum LinkRole {
    ACCESS_URL("accessURL"), DOWNLOAD_URL("downloadURL"), LANDING_PAGE("landingPage"), DESCRIBED_BY("describedBy");

    private final String label;

    LinkRole(String label) {
        this.label = label;
    }

    /** The data.json / DCAT name: "downloadURL". */
    public String label() {
        return label;
    }

    /**
     * Whether what the URL serves should be the declared media type: the file itself (downloadURL) and a data
     * dictionary. An access URL may be a page or an API about the data, a landing page is a page.
     */
    public boolean servesDeclaredType() {
        return this == DOWNLOAD_URL || this == DESCRIBED_BY;
    }
}
