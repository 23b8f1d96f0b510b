<?php

namespace App\Http\Controllers\Auth;

use App\Models\User;
use App\Notifications\LoginCode;
use Illuminate\Http\Request;

class OtpController extends Controller
{
    public function send(Request $request)
    {
        $request->validate(['phone' => 'required|string']);
        $user = User::where('phone', $request->phone)->firstOrFail();

        $otp = str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT);   // ok: CWE-338
        $user->otp_code = hash('sha256', $otp);
        $user->otp_expires_at = now()->addMinutes(5);
        $user->save();

        $user->notify(new LoginCode($otp));

        return response()->json(['sent' => true]);
    }
}
