@Mapper
public interface UserMapper {
    @Select("SELECT * FROM users WHERE username = '${username}'")   // expect: CWE-89
    User findByUsername(@Param("username") String username);

    @Select("SELECT * FROM users ORDER BY ${column}")   // expect: CWE-89
    List<User> listSorted(@Param("column") String column);
}
