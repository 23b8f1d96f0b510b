<?php
class Users_model extends CI_Model
{
    public function by_email($email)
    {
        return $this->db->query("SELECT * FROM users WHERE email = '$email'")->row();   // expect: CWE-89
    }

    public function by_id($id)
    {
        return $this->db->query('SELECT * FROM users WHERE id = ?', [$id])->row();   // ok: CWE-89
    }
}
