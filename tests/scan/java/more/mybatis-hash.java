@Mapper
public interface UserMapper {
    @Select("SELECT * FROM users WHERE username = #{username}")   // ok: CWE-89
    User findByUsername(@Param("username") String username);

    @Update("UPDATE users SET last_login = now() WHERE id = #{id}")
    int touch(@Param("id") long id);
}
