<?php
public function fetchAvatar(Request $request)
{
    $client = new \GuzzleHttp\Client(['timeout' => 5]);
    $res = $client->get($request->input('avatar_url'));           // expect: CWE-918
    Storage::put('avatars/' . $request->user()->id . '.png', (string) $res->getBody());
}
