package com.truereach.quality;

/** One part of the account score: a value 0..100, its weight and how it was obtained. */
public record ScoreComponent(String name, int value, double weight, String explanation) {
}
