package org.evidenceworkbench.core.platform;

import java.util.Map;

/**
 * Names the JDK's own XML parser factories, once per JVM, unless the user named others. Without
 * a name, every {@code SAXParserFactory.newInstance()} (which XMLBeans calls for each Office
 * document part, POI and Tika for others) searches the whole class path's jars for a provider; on
 * this application's two hundred jars that search was about a tenth of a parser process's time on
 * small documents. No jar of the application provides another factory, so the JDK's would be
 * chosen anyway: this changes how fast the choice is made, not what is chosen.
 */
public final class XmlFactories {

    private static final Map<String, String> JDK_DEFAULTS = Map.of(
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory",
            "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl",
            "javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl",
            "javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl",
            "javax.xml.transform.TransformerFactory",
            "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");

    private XmlFactories() {
    }

    /** Call first thing in main. */
    public static void useJdkDefaults() {
        JDK_DEFAULTS.forEach((factory, implementation) -> {
            if (System.getProperty(factory) == null) {
                System.setProperty(factory, implementation);
            }
        });
    }
}
