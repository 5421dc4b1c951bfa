package org.lightbus.cdi.model;

import static org.lightbus.cdi.model.DefinitionErrors.MESSAGES;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import org.lightbus.api.BusApi;

/**
 * Checks {@code @BusApi} interfaces and derives their procedures. Abstract methods are procedures; default and static
 * methods run locally and are not part of the remote API. Results are cached per interface.
 */
public final class ApiTypes {

    private final Map<Class<?>, Inspection> cache = new ConcurrentHashMap<>();

    /**
     * The outcome of inspecting an interface.
     *
     * @param apiType
     *            the API, null if there are problems
     * @param problems
     *            the definition errors, empty if the API is valid
     */
    public record Inspection(ApiType apiType, List<String> problems) {

        /**
         * @return true if the interface is a valid bus API
         */
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /**
     * @param type
     *            a class annotated {@code @BusApi}
     *
     * @return the API or every problem with it
     */
    public Inspection inspect(Class<?> type) {
        return cache.computeIfAbsent(type, ApiTypes::doInspect);
    }

    /**
     * @param type
     *            any class
     *
     * @return true if it carries {@code @BusApi}
     */
    public static boolean isAnnotated(Class<?> type) {
        return type.isAnnotationPresent(BusApi.class);
    }

    private static Inspection doInspect(Class<?> type) {
        String name = type.getAnnotation(BusApi.class).value();
        List<String> problems = new ArrayList<>();
        if (!type.isInterface()) {
            problems.add(MESSAGES.apiNotInterface(type.getName()));
        }
        if (!Names.isValidBusName(name)) {
            problems.add(MESSAGES.invalidBusName("API name", name, type.getName()));
        }
        Map<String, Procedure> procedures = new HashMap<>();
        Map<Method, Procedure> byMethod = new HashMap<>();
        for (Method method : type.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Procedure procedure = procedure(type, method, problems);
            Procedure previous = procedures.put(procedure.name(), procedure);
            if (previous != null) {
                problems.add(MESSAGES.overloadedProcedure(type.getName(), method.getName()));
            }
            byMethod.put(method, procedure);
        }
        return problems.isEmpty() ? new Inspection(new ApiType(type, name, procedures, byMethod), List.of())
                : new Inspection(null, problems.stream().distinct().toList());
    }

    private static Procedure procedure(Class<?> api, Method method, List<String> problems) {
        String where = api.getSimpleName() + "." + method.getName();
        if (method.getTypeParameters().length > 0) {
            problems.add(MESSAGES.genericProcedure(api.getName(), where, Arrays.toString(method.getTypeParameters())));
        }
        Type[] parameters = method.getGenericParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            String reason = JsonTypeRules.whyNotSerializable(parameters[i]);
            if (reason != null) {
                problems.add(MESSAGES.parameterNotSerializable(api.getName(), i, where, parameters[i].getTypeName(),
                        reason));
            }
        }
        Type returned = method.getGenericReturnType();
        boolean async = method.getReturnType() == CompletionStage.class;
        Type result = async ? stageArgument(returned) : returned;
        if (result == void.class) {
            result = Void.class;
        }
        String reason = result == Void.class ? null : JsonTypeRules.whyNotSerializable(result);
        if (reason != null) {
            problems.add(MESSAGES.resultNotSerializable(api.getName(), where, returned.getTypeName(), reason));
        }
        return new Procedure(Names.snakeCase(method.getName()), method, result, async);
    }

    private static Type stageArgument(Type returned) {
        return returned instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0]
                : Object.class;
    }
}
