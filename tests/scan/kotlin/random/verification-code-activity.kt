package com.example.signup

import android.os.Bundle
import android.widget.Button
import android.widget.TextView
import androidx.appcompat.app.AppCompatActivity
import kotlin.random.Random

class VerifyPhoneActivity : AppCompatActivity() {

    private lateinit var codeView: TextView
    private var pending: String? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_verify_phone)
        codeView = findViewById(R.id.code)
        findViewById<Button>(R.id.send).setOnClickListener { sendCode() }
    }

    private fun sendCode() {
        val verificationCode = (1..6).joinToString("") { Random.nextInt(10).toString() } // expect: CWE-338
        pending = verificationCode
        SmsGateway.send(intent.getStringExtra("phone")!!, "Your code is $verificationCode")
        codeView.text = getString(R.string.code_sent)
    }

    fun check(input: String): Boolean = input == pending
}
