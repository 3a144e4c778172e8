package org.civiccatalog.core.standards;

import java.util.Optional;

/**
 * A standard a dataset's columns match without the dataset declaring it.
 *
 * @param file      the standard's file the columns match (the crosswalk's input name when {@code crosswalk} is set)
 * @param score     0-1: required fields count twice, optional fields once; 1 through a crosswalk (all its input columns)
 * @param crosswalk the shipped crosswalk whose input the columns match, when the match is through one
 */
public record Suggestion(Standard standard, String file, double score, Optional<String> crosswalk) {}
