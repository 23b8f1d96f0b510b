package com.example.portal.ui

import android.content.Context
import android.os.Bundle
import android.util.Log
import android.widget.Button
import android.widget.EditText
import androidx.appcompat.app.AppCompatActivity
import androidx.lifecycle.lifecycleScope
import kotlinx.coroutines.launch

class LoginActivity : AppCompatActivity() {

    private val api by lazy { PortalApi.create(BuildConfig.API_BASE_URL) }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_login)
        val user = findViewById<EditText>(R.id.user)
        val pass = findViewById<EditText>(R.id.password)
        findViewById<Button>(R.id.sign_in).setOnClickListener {
            lifecycleScope.launch {
                val result = api.login(user.text.toString(), pass.text.toString())
                if (result.ok) {
                    getSharedPreferences("auth", Context.MODE_PRIVATE).edit() // ok: CWE-732
                        .putString("token", result.token)
                        .apply()
                    finish()
                } else {
                    Log.w("Login", "login failed for ${user.text}")
                }
            }
        }
    }
}
