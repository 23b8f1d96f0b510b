<?php
public function updateAvatar(Request $request)
{
    $request->validate(['avatar' => 'required|image|max:2048']);
    $path = $request->file('avatar')->store('avatars', 'public');  // ok: CWE-22
    $request->user()->update(['avatar_path' => $path]);
    return back();
}
