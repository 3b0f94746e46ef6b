package com.loyaltyledger.infra.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.crypto.SecretKey;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The event serializer: JSON as usual, except that every {@link com.loyaltyledger.api.common.PersonalData} value
 * is replaced by {@code enc:1:<base64 of nonce and AES-GCM ciphertext>} under its data subject's key. Reading
 * opens those values again; when the subject's key has been erased they read as null. Everything else — upcasting,
 * replays, dead letters, Axon Server — sees ordinary JSON in which the personal values are opaque strings.
 */
public class CryptoShreddingSerializer implements Serializer {

    static final String PREFIX = "enc:1:";

    private final Serializer json;
    private final ObjectMapper mapper;
    private final SubjectKeys keys;

    CryptoShreddingSerializer(Serializer json, ObjectMapper mapper, SubjectKeys keys) {
        this.json = json;
        this.mapper = mapper;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        PersonalDataModel model = object == null ? null : PersonalDataModel.of(object.getClass());
        if (model == null || !model.carriesPersonalData()) {
            return json.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = mapper.valueToTree(object);
        if (model.paths().stream().allMatch(path -> valueAt(tree, path).isNull())) {
            // nothing personal in this one (e.g. a posting without a reason): no key needed
            return json.serialize(object, expectedRepresentation);
        }
        String subject = tree.path(model.subjectField()).asText(null);
        if (subject == null) {
            throw new IllegalArgumentException(object.getClass().getSimpleName() + " has no data subject id");
        }
        SecretKey key = keys.findOrCreate(subject);
        byte[] subjectBytes = subject.getBytes(StandardCharsets.UTF_8);
        for (List<String> path : model.paths()) {
            replace(tree, path, value -> value.isNull() ? value : TextNode.valueOf(PREFIX + Base64.getEncoder()
                    .encodeToString(Aes.encrypt(key, bytes(value), subjectBytes))));
        }
        SerializedObject<byte[]> serialized = new SimpleSerializedObject<>(bytes(tree), byte[].class,
                json.typeForClass(object.getClass()));
        return json.getConverter().convert(serialized, expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = json.classForType(serializedObject.getType());
        PersonalDataModel model = PersonalDataModel.of(type);
        if (!model.carriesPersonalData()) {
            return json.deserialize(serializedObject);
        }
        SerializedObject<byte[]> bytes = json.getConverter().convert(serializedObject, byte[].class);
        try {
            ObjectNode tree = (ObjectNode) mapper.readTree(bytes.getData());
            String subject = tree.path(model.subjectField()).asText(null);
            Optional<SecretKey> key = subject == null ? Optional.empty() : keys.find(subject);
            byte[] subjectBytes = subject == null ? new byte[0] : subject.getBytes(StandardCharsets.UTF_8);
            for (List<String> path : model.paths()) {
                replace(tree, path, value -> open(value, key, subjectBytes));
            }
            @SuppressWarnings("unchecked")
            T result = (T) mapper.treeToValue(tree, type);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + type.getName(), e);
        }
    }

    /** A sealed value opened, or null when its key is gone (erased); plain values (none expected) pass. */
    private JsonNode open(JsonNode value, Optional<SecretKey> key, byte[] subject) {
        if (!value.isTextual() || !value.asText().startsWith(PREFIX)) {
            return value;
        }
        if (key.isEmpty()) {
            return NullNode.instance;
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(value.asText().substring(PREFIX.length()));
            return mapper.readTree(Aes.decrypt(key.get(), sealed, subject));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // sealed under an erased key of the same subject, later given a new one
            return NullNode.instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value at the path; a null node when it or a record on the way is absent or null. */
    private static JsonNode valueAt(ObjectNode tree, List<String> path) {
        JsonNode node = tree;
        for (String field : path) {
            node = node.path(field);
        }
        return node.isMissingNode() ? NullNode.instance : node;
    }

    private static void replace(ObjectNode tree, List<String> path, UnaryOperator<JsonNode> how) {
        JsonNode parent = tree;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = parent.path(path.get(i));
        }
        String field = path.getLast();
        if (parent instanceof ObjectNode object && object.has(field)) {
            object.set(field, how.apply(object.get(field)));
        }
    }

    private byte[] bytes(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return json.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return json.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return json.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return json.getConverter();
    }
}
