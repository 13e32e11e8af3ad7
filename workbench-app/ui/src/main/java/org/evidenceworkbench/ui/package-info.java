/**
 * The JavaFX workstation: a thin face over the core's services, never doing work on the FX
 * thread. {@link org.evidenceworkbench.ui.Launcher} starts it.
 */
package org.evidenceworkbench.ui;
