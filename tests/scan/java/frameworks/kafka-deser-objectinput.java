public class JavaObjectDeserializer implements Deserializer<Object> {
    @Override
    public Object deserialize(String topic, byte[] data) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return in.readObject();   // expect: CWE-502
        } catch (IOException | ClassNotFoundException e) {
            throw new SerializationException(e);
        }
    }
}
