// ESP32 firmware: provisioning over the serial console
#include <Arduino.h>
#include <Preferences.h>
#include <WiFi.h>
#include <cstring>

static char g_ssid[33];
static char g_psk[64];
static Preferences prefs;

void handleSerialLine(const char *line) {
    char key[16], value[80];
    if (sscanf(line, "%15[^=]=%79s", key, value) != 2)              // ok: CWE-120
        return;
    if (!strcmp(key, "ssid"))
        strlcpy(g_ssid, value, sizeof(g_ssid));                     // ok: CWE-120
    else if (!strcmp(key, "psk"))
        strlcpy(g_psk, value, sizeof(g_psk));
    Serial.printf("set %s\n", key);
}

void setup() {
    Serial.begin(115200);
    prefs.begin("ota", true);
    String ota = prefs.getString("password", "");                   // ok: CWE-798
    ArduinoOTA.setPassword(ota.c_str());
    ArduinoOTA.begin();
}

void loop() {
    static char line[128];
    if (Serial.available()) {
        size_t n = Serial.readBytesUntil('\n', line, sizeof(line) - 1);
        line[n] = '\0';
        handleSerialLine(line);
    }
}
