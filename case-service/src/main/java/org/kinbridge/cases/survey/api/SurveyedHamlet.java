package org.kinbridge.cases.survey.api;

/**
 * A hamlet a survey round covers, as the roster named it when the round was opened.
 */
public record SurveyedHamlet(String hamletCode, String name) {
}
