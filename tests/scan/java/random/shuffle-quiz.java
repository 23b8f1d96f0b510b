import java.util.Collections;
import java.util.List;
import java.util.Random;

class QuizShuffler {
    List<Question> shuffle(List<Question> questions, long seed) {
        Collections.shuffle(questions, new Random(seed));   // expect: CWE-330
        return questions;
    }
}
