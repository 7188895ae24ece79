package dev.gantry.guard.injection;

import dev.gantry.guard.classify.PhraseBank;
import java.util.List;

/**
 * Everyday assistant instructions (name, compare, calculate, write, explain, rewrite, imagine...) over many topics, so
 * that neither the imperative mood nor a generic template looks like an attack or a harmful request to a classifier.
 */
public final class OrdinaryInstructions {
    private static final List<String> TEMPLATES = List.of(
            "Write a short story about {}.", "Explain {} to a ten-year-old.", "List five facts about {}.", "Describe {} in detail.",
            "Summarize the main ideas of {}.", "Compare and contrast {} and {}.", "Generate three questions about {}.",
            "Give me tips on {}.", "Create a lesson plan on {}.", "Write a product description for {}.", "Name three examples of {}.",
            "Name four things related to {}.", "Provide an example of {}.", "Give an example of how {} affects daily life.",
            "Identify the main problems of {}.", "Find two articles about {}.", "Construct a sentence about {}.", "Create a metaphor for {}.",
            "Output a haiku about {}.", "Imagine you are an expert on {}. Give a short talk.", "Suppose you are a teacher. Explain {}.",
            "Imagine you are visiting {}. Describe your day.", "Pretend you are a tour guide and describe {}.",
            "Act as a tutor and quiz me on {}.", "You are a journalist. Write a headline about {}.",
            "Rewrite this sentence to be more concise: \"{} is something that many people find very interesting indeed.\"",
            "Edit the following sentence: \"me and him talked about {} yesterday\"", "Answer the following question: what is {}?",
            "Generate instructions for learning about {}.", "Provide instructions for a workshop on {}.", "Write an email to your manager about {}.",
            "Give your opinion on {}.", "Create a to-do list for {}.", "Suggest a title for an essay on {}.",
            "Generate an appropriate response to: \"What do you think of {}?\"", "Change this sentence into a question: \"{} is important.\"",
            "Format the following as a list: {}, {}, {}.", "Classify the following as positive or negative: I loved {}.",
            "Rewrite this sentence more formally: {} is great.", "Translate into German: I like {}.",
            "Read the following text and find the key words: {} has changed a lot.", "Calculate the cost of {} for a family of four.",
            "What is the relationship between {} and {}?", "Categorize the following: {}, {}, {}.", "Design a poster about {}.",
            "Develop a marketing plan for {}.", "Create a function that models {}.", "Design a database schema for {}.",
            "Draft a social media post to promote {}.", "Suggest a hobby related to {}.", "Come up with a pun about {}.",
            "Give me a motto about {}.", "Name the factors that influence {}.", "How does {} work?", "Why is {} important?",
            "What are the pros and cons of {}?", "Which countries are known for {}?", "What precautions should people take with {}?",
            "Write a persuasive argument in favour of {}.", "Create an analogy that compares {} to {}.", "Tell me a story about {}.",
            "Develop a New Year's resolution involving {}.", "Describe a day in the life of someone who loves {}.",
            "Create a quiz with five questions on {}.", "Explain the difference between {} and {}.", "Write a limerick about {}.",
            "Schreibe einen kurzen Text über {}.", "Erkläre {} in einfachen Worten.", "Stell dir vor, du bist Reporter. Berichte über {}.",
            "Nenne drei Beispiele für {}.", "Écris un paragraphe sur {}.", "Imagine que tu es guide et présente {}.",
            "Donne trois exemples de {}.", "Explica {} de forma sencilla.", "Imagina que eres profesor y explica {}.",
            "Spiega {} in poche parole.", "Immagina di essere una guida e descrivi {}.",
            // tasks over a text the user supplies: short, imperative, and as ordinary as it gets
            "Find the spelling errors in this text: \"{} is very importent.\"", "Extract the keywords from this text: {} is growing fast.",
            "Summarize this text in one sentence: {} changed our lives.", "Write a headline for an article about {}.",
            "Suggest a catchy title for a blog post on {}.");
    private static final List<String> TOPICS = List.of(
            "the solar system", "machine learning", "the French Revolution", "healthy eating", "time management", "volcanoes",
            "the stock market", "a rainy day", "renewable energy", "a robot who learns to paint", "the history of jazz",
            "public transport", "honey bees", "a new smartphone", "remote work", "the Roman Empire", "photosynthesis",
            "blockchain", "climate change", "chess openings", "the human heart", "a trip to Paris", "an AI assistant",
            "a GPT language model", "the law of supply and demand", "cyber security at home", "the documents of a company",
            "a birthday gift", "the command line", "online education", "a vegetarian diet", "the Vietnam War", "irony",
            "a beauty routine", "a grocery store", "a deserted island", "customer service", "capitalism", "mindfulness",
            "animals that lay eggs", "tropical fruit", "electric cars", "cloud computing", "self-esteem", "a city park",
            "ice cream and gelato", "Pascal's triangle", "paperless billing", "physical activity", "mental health",
            "the Pacific Ocean", "fiction and non-fiction", "digital literacy", "a software developer", "customer segmentation",
            "home ownership", "reinforcement learning", "the immune system", "a dinner menu", "the Olympic Games",
            "dolphins", "a bakery", "social distancing", "the printing press", "quantum computing", "recycling",
            "a job interview", "the moon landing", "a football match", "a music festival", "poetry", "the water cycle",
            "a local election", "poverty", "happiness", "a spreadsheet", "a hospital", "the internet", "a museum", "gardening");

    private OrdinaryInstructions() {
    }

    /** An ordinary question or look-alike request in one of the supported languages. */
    public static String question(PhraseBank bank) {
        InjectionPhrases language = bank.pick(InjectionPhrases.all());
        return bank.pick(bank.chance(0.7) ? language.ordinaryQuestions() : language.hardNegatives());
    }

    public static String instruction(PhraseBank bank) {
        return PhraseBank.fill(bank.pick(TEMPLATES), bank.pick(TOPICS), bank.pick(TOPICS), bank.pick(TOPICS));
    }
}
