<?php
public function updateAvatar(Request $request)
{
    $request->validate(['avatar' => 'required|image|max:2048']);
    $file = $request->file('avatar');
    $path = $file->storeAs('avatars', $file->getClientOriginalName(), 'public');   // expect: CWE-22
    $request->user()->update(['avatar_path' => $path]);
    return back();
}
