package dev.gantry.guard.pii.entities;

import java.util.List;

/**
 * Templates for the held-out check only, never used in training: other wordings and situations than
 * {@link TrainingTemplates}, filled from other Datafaker locales (see {@link SyntheticEntitySentences}).
 */
final class HeldOutTemplates {
    static final List<String> WITH_ENTITIES = List.of(
            "Could somebody let {P} know the printer on floor three is broken?",
            "Last seen: {P}, near the station in {C}.",
            "I've been a customer of {O} for years and I'm disappointed.",
            "Got a parcel today addressed to {P}, but nobody by that name lives here.",
            "Relocation request: from {C} to {C}, employee {P}.",
            "{P} wrote the foreword; {P} edited the volume.",
            "We drove through {S} and stopped in {C} for the night.",
            "Interview scheduled with {P} from {U}.",
            "Emergency contact: {P}, {PH}",
            "Beneficiary name {P}, bank in {CO}.",
            "Our {C} branch now belongs to {O}.",
            "Visiting {CO} in {M}: do I need a visa?",
            "The lawsuit against {O} was filed in {C}.",
            "{F} from accounting says the numbers for {CO} look wrong.",
            "Ask {T} {L} whether {F} can join us.",
            "My grandmother {P} was born in {C}.",
            "{O} shut its factory in {C}, leaving {N} people without work.",
            "RE: visit of {P} to {C}",
            "From: {P} <{E}>",
            "Guest list: {P}, {P}",
            "{P} is the new head of research at {O}.",
            "Does {O} ship to {S}?",
            "Who won the election in {CO}?",
            "Hey {F}, are you still in {C}?",
            "The exchange student {P} arrives from {CO} on {D}.",
            "Tenant {PM} has not paid rent since {M}.",
            "Notes from the call with {O}: {F} wants a discount.",
            "{F} and I will drive to {C} on {D}.",
            "Temperature in {C} reached {N} degrees.",
            "Please confirm {L}'s reservation for {D}.");

    static final List<String> WITHOUT_ENTITIES = List.of(
            "The {PR} is back in stock.",
            "Could you explain how compound interest works?",
            "My {PR} makes a strange noise when it starts.",
            "Next {D} the team offsite is cancelled.",
            "Quarterly Results Are In",
            "Reply to {E} with your questions.",
            "Update {APP} to the latest version.",
            "Tests were run on {N} samples in triplicate.",
            "Dinner is at {N} on {D}.",
            "Please Sign Here and Return the Form.");

    private HeldOutTemplates() {}
}
