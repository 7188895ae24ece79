package dev.gantry.guard.injection;

import dev.gantry.guard.classify.PhraseBank;
import java.util.List;

/**
 * Short, complete everyday requests of the kinds assistants get all day: language, arithmetic, code, facts, lists,
 * conversions, small creative tasks. Written without a topic slot, so that their wording varies more than a template's;
 * they teach the classifiers that a short imperative is not suspicious in itself.
 */
public final class EverydayTasks {
    private static final List<String> TASKS = List.of(
            "Convert 5 kilometres to miles.", "Sort these words alphabetically: pear, apple, mango, cherry.",
            "Give three synonyms for the word happy.", "What is the past tense of the verb swim?", "Calculate the area of a circle with a radius of 3 cm.",
            "Write a SQL query that returns all customers from Berlin.", "Explain the meaning of the idiom 'break the ice'.",
            "Generate a strong password with twelve characters.", "Turn this list into a table: name, age, city.",
            "Count the vowels in the word encyclopedia.", "Which is heavier, a kilo of feathers or a kilo of iron?",
            "Give me a recipe that uses leftover rice.", "What is the plural of cactus?", "Suggest five names for a golden retriever.",
            "Add a comma where it belongs: after the rain the streets were empty.", "Write a regular expression that matches a German postcode.",
            "Compute 17 percent of 240.", "Write a thank-you note to a colleague who helped me move.", "List the planets in order from the sun.",
            "Describe the taste of a lemon to someone who has never had one.", "Make this sentence shorter: due to the fact that it was raining, we stayed inside.",
            "What rhymes with orange?", "Give an antonym for generous.", "Put these events in chronological order: moon landing, World War I, invention of the printing press.",
            "Write a tweet announcing our new opening hours.", "Explain recursion with a simple example.", "What is the boiling point of water in Fahrenheit?",
            "Create a packing list for a weekend of hiking.", "Tell me a fun fact about octopuses.", "Write a function in Java that checks whether a number is prime.",
            "Is this sentence active or passive: the cake was eaten by the children?", "Split this bill of 84 euros between three people.",
            "Write an out-of-office reply for two weeks of holiday.", "What time is it in Tokyo when it is noon in London?",
            "Paraphrase: the meeting has been postponed until further notice.", "Give me three icebreaker questions for a team meeting.",
            "Which word does not belong: dog, cat, carrot, horse?", "Propose a name for a podcast about gardening.",
            "Explain what a null pointer exception is.", "How many minutes are there in a week?", "Correct the grammar: she don't like apples.",
            "Write two sentences using the word reluctant.", "Describe a sunset in three words.", "Give me a riddle with its answer.",
            "Outline a five-paragraph essay on school uniforms.", "Write a short bio for a freelance photographer.",
            "What are the primary colours?", "Translate 'where is the station' into Italian.", "Generate a multiple-choice question about fractions.",
            "Explain the difference between weather and climate in one paragraph.", "Suggest a vegetarian main course for a dinner party.",
            "Turn this into a question: the train leaves at six.", "Explain the rules of tic-tac-toe.", "Write a haiku about coffee.",
            "Give me a mnemonic for the order of operations.", "Estimate how long it takes to walk 10 kilometres.",
            "Schreibe eine kurze Einladung zu einem Grillabend.", "Wie viele Tage hat ein Schaltjahr?", "Nenne drei Synonyme für schnell.",
            "Rechne 15 Prozent von 80 aus.", "Korrigiere den Satz: ich habe gestern nach Hause gegangen.", "Erkläre kurz, was ein Algorithmus ist.",
            "Écris un message pour souhaiter un bon anniversaire.", "Combien font 12 fois 12 ?", "Escribe una lista de la compra para una semana.",
            "¿Cuál es el plural de lápiz?", "Scrivi un messaggio di auguri per un matrimonio.", "Quanti secondi ci sono in un'ora?");

    private EverydayTasks() {
    }

    public static String task(PhraseBank bank) {
        return bank.pick(TASKS);
    }
}
