/** Pictures for a person to judge: Error Level Analysis, and reading an item's bytes back from its source. */
package org.evidenceworkbench.core.media;
