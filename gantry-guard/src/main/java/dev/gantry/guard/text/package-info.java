/** Text normalisation for detectors, with offset maps back to the text as written. */
package dev.gantry.guard.text;
