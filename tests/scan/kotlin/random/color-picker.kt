import android.graphics.Color
import java.util.Random

fun randomPastel(): Int {
    val r = Random() // expect: CWE-330
    return Color.rgb(127 + r.nextInt(128), 127 + r.nextInt(128), 127 + r.nextInt(128))
}
