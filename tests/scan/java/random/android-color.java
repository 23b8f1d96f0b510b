package com.example.palette;

import android.graphics.Color;
import android.view.View;
import java.util.Random;

public class ColorPickerFragment {
    private final Random random = new Random();                    // expect: CWE-330

    void onShuffleClicked(View v) {
        int c = Color.rgb(random.nextInt(256), random.nextInt(256), random.nextInt(256));
        v.setBackgroundColor(c);
    }
}
