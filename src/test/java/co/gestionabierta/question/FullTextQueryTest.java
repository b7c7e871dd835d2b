package co.gestionabierta.question;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FullTextQueryTest {

    @Test
    void requiresEveryIndexedWordAsPrefix() {
        assertEquals("+educacion* +con* +los* +colegios*", QuestionRepository.fullTextQuery("educacion con los colegios"));
    }

    @Test
    void skipsShortWordsAndStopwords() {
        assertEquals("+CIENAGA* +VIRGEN*", QuestionRepository.fullTextQuery("CIENAGA DE LA VIRGEN"));
        assertEquals("+obras*", QuestionRepository.fullTextQuery("the obras for"));
    }

    @Test
    void dropsBooleanOperatorsAndKeepsAccents() {
        assertEquals("+Cañón* +Bocachica*", QuestionRepository.fullTextQuery("+Cañón -\"Bocachica\" (*)"));
    }

    @Test
    void phraseWithoutIndexedWordGivesNothing() {
        assertEquals("", QuestionRepository.fullTextQuery("de la y"));
        assertEquals("", QuestionRepository.fullTextQuery("¿?"));
    }
}
